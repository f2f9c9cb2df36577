"""Trainers: edit, undo/redo, publish, roll back, practice, import/export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk_assistant.domain.vocabulary import Segment
from desk_assistant.storage.interactions import InteractionRepository
from desk_assistant.ui.labels import segment_label
from tests.conftest import act_as
from tests.packs import MINIMAL

NEW_LINE = "Boleh saya pinjam kartu anggota Anda sebentar?"


@pytest.fixture
def window(window):  # type: ignore[no-untyped-def]
    """The Scripts tab is the trainer's: the PIN was entered when it opened."""
    act_as(window.services, "trainer", "Pelatih")
    return window


def test_edit_publish_then_the_desk_says_the_new_line(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    view.edit_text("card", "text", "id", NEW_LINE)
    assert view.problems == []
    bundled = services.packs.active.version
    assert view.publish()
    assert services.packs.active.version == bundled + 1
    assert services.packs.active.step("card").text.get("id") == NEW_LINE
    desk = window.desk_view
    desk.start_next_patron()
    qtbot.keyClick(desk, Qt.Key.Key_Return)
    assert desk.prompt_label.text() == NEW_LINE
    assert services._store.audit.entries()[0].action == "script_publish"


def test_undo_and_redo_an_edit(window) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    view.select_path(("steps", 1, "text"))  # card
    original = view.edits["id"].toPlainText()
    view.edit_text("card", "text", "id", "Kartunya, ya?")
    assert view.edits["id"].toPlainText() == "Kartunya, ya?"
    view.undo_stack.undo()
    assert view.edits["id"].toPlainText() == original
    view.undo_stack.redo()
    assert view.edits["id"].toPlainText() == "Kartunya, ya?"


def test_live_validation_names_the_problem_and_blocks_publishing(window) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    view.edit_text("greet", "text", "en", "Hello {patron_name}!")
    assert any(
        "greet" in view.problems_list.item(i).text() for i in range(view.problems_list.count())
    )
    assert not view.publish_button.isEnabled()
    assert view.publish() is False


def test_roll_back_to_the_previous_version(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    view = window.scripts_view
    view.reload()
    bundled = services.packs.active.version

    def note() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("kartu: kalimat lebih sopan")
        dialog.accept()

    view.edit_text("card", "text", "id", NEW_LINE)
    QTimer.singleShot(50, note)
    assert view.publish_with_note()  # the button asks for a short note
    panel = view.versions_panel
    active_row = panel.versions.currentRow()
    assert panel.versions.item(active_row, 1).text() == str(bundled + 1)  # the new one chosen
    assert panel.versions.item(active_row, 5).text() == "kartu: kalimat lebih sopan"
    rows = [panel.versions.item(r, 1).text() for r in range(panel.versions.rowCount())]
    panel.versions.selectRow(rows.index(str(bundled)))
    said: list[str] = []

    def confirm(yes: bool) -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == "activateBox"
        said.append(box.text())
        if yes:
            next(b for b in box.buttons() if "aktif" in b.text()).click()
        else:
            qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: the default, Cancel

    QTimer.singleShot(50, lambda: confirm(False))
    assert panel.activate_selected() is False
    assert services.packs.active.version == bundled + 1  # a reflex Enter changes nothing
    assert f"versi {bundled}" in said[0]
    QTimer.singleShot(50, lambda: confirm(True))
    assert panel.activate_selected() is True
    assert services.packs.active.version == bundled
    assert services.packs.active.step("card").text.get("id") != NEW_LINE


def test_practice_mode_records_nothing(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    window.scripts_view.versions_panel.practice_button.setChecked(True)
    desk = window.desk_view
    assert desk.practice and "LATIHAN" in desk.banner.text()
    for key in (Qt.Key.Key_Return,) * 3 + (
        Qt.Key.Key_2,
        Qt.Key.Key_Return,
        Qt.Key.Key_1,
        Qt.Key.Key_Return,
    ):
        qtbot.keyClick(desk, key)
    assert InteractionRepository(services._store.db).count() == 0
    assert desk.prompt_label.text().endswith("Ada yang bisa saya bantu?")


def test_import_refuses_a_broken_file_and_keeps_the_active(
    window, services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.replace("next: bye", "next: nowhere"), encoding="utf-8")
    assert window.scripts_view.versions_panel.import_pack(bad) is False
    assert "nowhere" in window.scripts_view.problems_list.item(0).text()
    assert services.packs.active.id == "layanan-prima"


def test_every_text_of_the_pack_is_editable(window, services) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    labels = [view.nodes.item(i).text() for i in range(view.nodes.count())]
    # Pack ids as written in the file; the words around them in the screen's language.
    for wanted in (
        "Nama paket",
        "Salam · pagi",
        "need · pilihan 1",
        f"greet · {segment_label(Segment.ELDERLY)} · petunjuk",
        "Opsi hold · kalimat",
        "Pesan · WhatsApp",
        "Telepon · identify",
        "Telepon · kabar untuk keluhan",
        "Bacakan ulang · dengan kontak",
    ):
        assert wanted in labels
    assert len(labels) == len(set(labels))  # no two texts look alike in the list
    window.set_language("en")  # the list follows the language at once
    english = [view.nodes.item(i).text() for i in range(view.nodes.count())]
    assert "Option hold · line" in english and "Read-back · with contact" in english
    hold = next(p for p, _s in view.node_paths if p[:2] == ("options", 0) and p[2] == "line")
    view.edit_path(hold, "id", "Bisa saya pesankan, ya.")
    assert view.publish()
    assert services.packs.active.option("hold").line.get("id") == "Bisa saya pesankan, ya."


def test_history_shows_what_changed(window, services) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    bundled = services.packs.active.version
    view.edit_text("card", "text", "id", NEW_LINE)
    view.publish()
    newest = services.packs.versions()[0]
    said = view.versions_panel.changes(newest.row_id)
    assert said.splitlines() == [
        f"Dibandingkan dengan versi {bundled}.",
        "",
        "card · text",
        "  sebelum: Boleh saya minta kartu perpustakaan Anda?",
        f"  sesudah: {NEW_LINE}",
    ]  # texts before → after in the screen's language, no diff syntax
    assert "@@" not in said


def test_add_a_step_link_it_and_publish(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    view.select_path(("steps", 1, "text"))  # card
    new_id = view.add_step()
    assert new_id == "step_1"
    assert view.current_step() == "step_1"
    view.edit_text("step_1", "text", "id", "Silakan tunjukkan kartu identitas bila ada.")
    view.edit_text("step_1", "text", "en", "Please show an ID card if you have one.")
    assert view.problems == []  # linked: card -> step_1 -> card_thanks
    assert view.publish()
    desk = window.desk_view
    desk.start_next_patron()
    for _ in range(2):
        qtbot.keyClick(desk, Qt.Key.Key_Return)
    assert desk.prompt_label.text() == "Silakan tunjukkan kartu identitas bila ada."


def test_structure_changes_undo_and_choice_targets(window) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    steps_before = len(view.data["steps"])
    view.select_path(("steps", 1, "text"))
    view.add_step()
    assert len(view.data["steps"]) == steps_before + 1
    view.undo_stack.undo()
    assert len(view.data["steps"]) == steps_before
    view.undo_stack.redo()
    view.remove_step()  # the new step: card leads to card_thanks again
    assert view.problems == []
    find = next(i for i, s in enumerate(view.data["steps"]) if s["id"] == "find")
    view.select_path(("steps", find, "text"))
    view.choice_combo.setCurrentIndex(0)
    view.choice_target.setCurrentIndex(view.choice_target.findData("farewell"))
    view.set_choice_target()
    assert view.data["steps"][find]["choices"][0]["next"] == "farewell"
    assert any(
        "find_available" in view.problems_list.item(i).text()
        for i in range(view.problems_list.count())
    )  # now unreachable: reported
    view.undo_stack.undo()
    assert view.problems == []


def test_add_option_variant_and_phase_then_remove(window, services) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    view.add_option()
    path = view.current_path()
    assert path is not None and path[0] == "options"
    index = path[1]
    for field, text in (
        ("label", ("Bacakan di tempat", "Read it here")),
        ("line", ("Anda bisa membacanya di ruang baca.", "You can read it in the reading room.")),
        ("next_step", ("Anda membacanya di ruang baca", "you read it in the reading room")),
    ):
        view.edit_path(("options", index, field), "id", text[0])
        view.edit_path(("options", index, field), "en", text[1])
    assert view.problems == []
    greet = next(i for i, s in enumerate(view.data["steps"]) if s["id"] == "card")
    view.select_path(("steps", greet, "text"))
    view.preview_segment.setCurrentIndex(view.preview_segment.findData("researcher"))
    view.add_variant()
    assert "researcher" in view.data["steps"][greet]["variants"]
    view.add_phase()
    assert any(p["id"] == "phase_1" for p in view.data["phases"])
    view.remove_selected()  # the new phase
    assert not any(p["id"] == "phase_1" for p in view.data["phases"])
    assert view.publish()
    labels = [o.label.get("id") for o in services.packs.active.options]
    assert "Bacakan di tempat" in labels


def test_flags_of_steps_and_options(window, services) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    view.select_path(("options", 3, "label"))  # alternative: no follow-up by default
    assert view.follow_up_box.isVisibleTo(view) and not view.follow_up_box.isChecked()
    view.set_flag("follow_up", True)
    renew = next(i for i, s in enumerate(view.data["steps"]) if s["id"] == "renew")
    view.select_path(("steps", renew, "text"))
    view.set_flag("unavailable", True)
    assert view.problems == []
    assert view.publish()
    pack = services.packs.active
    assert "alternative" in pack.follow_up_options
    assert pack.step("renew").unavailable


def test_reorder_phases(window) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    view.select_path(("phases", 1, "label"))  # card
    view.move_step(+1)
    assert [p["id"] for p in view.data["phases"]][:3] == ["greet", "need", "card"]
    assert view.current_path() == ("phases", 2, "label")
    view.undo_stack.undo()
    assert [p["id"] for p in view.data["phases"]][:3] == ["greet", "card", "need"]


def test_call_script_lines_added_moved_removed_and_published(window, services) -> None:  # type: ignore[no-untyped-def]
    from tests.packs import make_followup

    view = window.scripts_view
    view.reload()
    ids = lambda: [line["id"] for line in view.data["follow_up"]["call_script"]]  # noqa: E731
    before = ids()
    view.select_path(("follow_up", "call_script", 0, "text"))
    view.add_call_line()
    assert ids() == [before[0], "line_1", *before[1:]]
    assert view.current_path() == ("follow_up", "call_script", 1, "text")
    view.edit_path(view.current_path(), "id", "Mohon maaf bila mengganggu waktu Anda.")
    view.edit_path(view.current_path(), "en", "Sorry to take a moment of your time.")
    view.move_step(+1)  # after "identify"
    assert ids() == [before[0], before[1], "line_1", *before[2:]]
    assert view.problems == []
    view.undo_stack.undo()  # the move
    assert ids()[1] == "line_1"
    view.undo_stack.redo()
    assert view.publish()
    services._store.app_state.set("demo_data", "1")
    make_followup(services)
    window.show_view("followups")
    detail = window.followups_view.detail
    items = detail.script_text.text().split("<li>")[1:]
    assert "Mohon maaf bila mengganggu waktu Anda." in items[2]
    view.reload()
    view.select_path(("follow_up", "call_script", 2, "text"))
    view.remove_selected()
    assert "line_1" not in ids()


def test_a_choice_records_the_need_chosen_in_the_editor(window, services) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    need = next(i for i, s in enumerate(view.data["steps"]) if s["id"] == "need")
    view.select_path(("steps", need, "text"))
    view.choice_combo.setCurrentIndex(7)  # "other"
    assert view.choice_need.currentData() == "other"
    view.choice_need.setCurrentIndex(view.choice_need.findData("membership"))
    view.set_choice_need()
    assert view.data["steps"][need]["choices"][7]["need"] == "membership"
    view.choice_need.setCurrentIndex(0)  # records none
    view.set_choice_need()
    assert "need" not in view.data["steps"][need]["choices"][7]
    view.undo_stack.undo()
    assert view.publish()
    assert services.packs.active.step("need").choices[7].need.value == "membership"


def test_a_step_that_takes_a_follow_up(window, services) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    other = next(i for i, s in enumerate(view.data["steps"]) if s["id"] == "other")
    view.select_path(("steps", other, "text"))
    assert view.step_follow_up_box.isVisibleTo(view) and not view.step_follow_up_box.isChecked()
    view.set_flag("follow_up", True)
    assert view.step_follow_up_box.isChecked()
    assert view.problems == []
    assert view.publish()
    assert services.packs.active.step("other").follow_up
    view.reload()
    view.select_path(("steps", other, "text"))
    view.set_flag("follow_up", False)
    assert "follow_up" not in view.data["steps"][other]


def test_texts_with_angle_brackets_show_as_typed(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    line = "Anak < 12 tahun: <b>pakai</b> kartu orang tua & Anda"
    view = window.scripts_view
    view.reload()
    view.edit_text("card", "text", "id", line)
    card = next(i for i, s in enumerate(view.data["steps"]) if s["id"] == "card")
    view.select_path(("steps", card, "text"))
    view.show_preview()
    document = QTextDocument()
    document.setHtml(view.preview.text())
    assert line in document.toPlainText()
    assert view.publish()
    # At the desk the line is said as written, not read as HTML.
    desk = window.desk_view
    window.show_view("desk")
    qtbot.keyClick(desk, Qt.Key.Key_Return)
    assert desk.prompt_label.text() == line
    assert desk.prompt_label.textFormat() == Qt.TextFormat.PlainText
    assert desk.hint_label.textFormat() == Qt.TextFormat.PlainText


def test_the_preview_fills_the_library_and_says_when_it_is_stale(window, services) -> None:  # type: ignore[no-untyped-def]
    act_as(services, "supervisor")
    services.settings.set_library_name("Perpustakaan Kota Kediri", "Kepala")
    act_as(services, "trainer", "Pelatih")
    view = window.scripts_view
    view.reload()
    view.edit_text("greet", "text", "id", "Selamat datang di {library}!")
    view.edit_text("greet", "text", "en", "Welcome to {library}!")
    view.select_path(("steps", 0, "text"))
    view.show_preview()
    assert "Selamat datang di Perpustakaan Kota Kediri!" in view.preview.text()
    assert view.preview_note.isHidden()
    view.edit_text("greet", "text", "id", "Kode {code}")  # not a step's placeholder
    view.edit_text("greet", "text", "en", "Code {code}")
    view.show_preview()
    assert not view.preview_note.isHidden()
    assert "keadaan sah terakhir" in view.preview_note.text()
    assert "Perpustakaan Kota Kediri" in view.preview.text()  # the last valid state stays


def test_the_desk_says_the_library_or_a_sensible_name(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    assert "{library}" not in window.desk_view._values()["library"]
    assert window.desk_view._values()["library"] == "Perpustakaan Umum"  # not yet set
    act_as(services, "supervisor")
    services.settings.set_library_name("Perpustakaan Desa Sukamaju", "Kepala")
    assert window.desk_view._values()["library"] == "Perpustakaan Desa Sukamaju"


def test_typing_in_one_field_is_one_undo_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    view.select_path(("steps", 1, "text"))  # card
    edit = view.edits["id"]
    original = edit.toPlainText()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " kita")  # five keys
    assert edit.toPlainText() == original + " kita"
    view.undo_stack.undo()  # one undo takes back the whole word
    assert edit.toPlainText() == original
    view.select_path(("steps", 1, "hint"))
    view.undo_stack.redo()
    assert view.data["steps"][1]["text"]["id"] == original + " kita"


def test_a_draft_survives_a_restart_and_is_offered_back(qtbot, window, services, settings) -> None:  # type: ignore[no-untyped-def]

    from desk_assistant.ui.application import build_window

    view = window.scripts_view
    view.open()
    view.edit_text("card", "text", "id", NEW_LINE)
    qtbot.waitUntil(lambda: services.packs.draft() is not None, timeout=3000)
    assert view.has_unpublished()
    view.open()  # leaving the tab and coming back keeps the edit
    assert view.data["steps"][1]["text"]["id"] == NEW_LINE
    assert services.packs.active.step("card").text.get("id") != NEW_LINE  # not published

    # A new start (the draft is in the database, not in this window).
    again, _ = build_window(services, settings, language="id", font_scale=1.0)
    try:
        _go_on_with_the_draft(qtbot, again, services)
    finally:
        again.scripts_view.data = {}  # no question on closing this second window
        again.close()
        again.deleteLater()


def _go_on_with_the_draft(qtbot, again, services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    offered: list[str] = []

    def go_on() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == "scriptDraftBox"
        offered.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: go on with it

    QTimer.singleShot(50, go_on)
    again.scripts_view.open()
    assert offered and "oleh SW" in offered[0]
    assert again.scripts_view.data["steps"][1]["text"]["id"] == NEW_LINE
    assert again.scripts_view.publish()
    assert services.packs.draft() is None  # published: the draft is gone
    assert services.packs.active.step("card").text.get("id") == NEW_LINE


def test_quitting_with_unpublished_edits_asks_and_enter_stays(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    view = window.scripts_view
    view.open()
    view.edit_text("card", "text", "id", NEW_LINE)
    asked: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        asked.append(box.objectName())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(50, press_enter)
    assert window.close() is False  # Enter: stay in the editor
    assert asked == ["unpublishedBox"]
    assert services.packs.draft() is not None  # and the draft is kept either way


def test_any_stored_version_opens_and_practises_without_going_live(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path
) -> None:
    shared = tmp_path / "mini.yaml"
    shared.write_text(MINIMAL, encoding="utf-8")
    stored = services.packs.import_file(shared, "Pelatih")  # stored, not active
    view = window.scripts_view
    view.open()
    assert view.open_version(stored.row_id)
    assert view.data["id"] == "mini" and view.has_unpublished()
    view.versions_panel.practice_button.setChecked(True)  # practise what is in the editor
    desk = window.desk_view
    assert desk.practice and desk.flow.pack.id == "mini"
    assert desk.prompt_label.text() == "Selamat pagi!"
    for key in (Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return):  # hello → ask → bye → end
        qtbot.keyClick(desk, key)
    assert InteractionRepository(services._store.db).count() == 0  # nothing recorded
    assert services.packs.active.id == "layanan-prima"  # the desk's pack is untouched
    view.versions_panel.practice_button.setChecked(False)
    assert desk.flow.pack.id == "layanan-prima"


def test_the_editor_names_steps_by_what_they_say_and_problems_by_step(window) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.reload()
    view.select_path(("steps", 0, "text"))  # greet: then (Enter) goes to the card step
    shown = view.next_combo.currentText()
    assert shown.startswith("Boleh saya minta kartu") and shown.endswith("(card)")
    assert view.phase_combo.currentText() == "Sambut  (greet)"  # the phase by its label too
    view.edit_text("greet", "text", "en", "Hello {patron_name}!")
    listed = [view.problems_list.item(i).text() for i in range(view.problems_list.count())]
    assert listed and all(text.startswith("langkah 'greet'") for text in listed)
    assert not any("baris" in text for text in listed)  # no line of YAML it never shows


def test_loading_a_pack_from_the_file_menu_refreshes_the_scripts_tab(
    window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    view = window.scripts_view
    view.open()
    pack = tmp_path / "mini.yaml"
    pack.write_text(MINIMAL, encoding="utf-8")
    assert window.load_pack(str(pack))
    assert view.data["id"] == "mini"
