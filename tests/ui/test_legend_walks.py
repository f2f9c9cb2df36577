"""From greeting to close with only the keys the legend shows at each moment.

Each walk reads the legend from the screen before every key (``legend_walk.press``); text
is typed only into the field that has the focus. At the end the stored records are
checked, and that no text field received a key meant as a shortcut.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit

from desk_assistant.storage.followups import FollowUpRepository
from desk_assistant.storage.interactions import InteractionRepository
from tests.ui.legend_walk import focused, legend, press, press_until, type_text

GREETING = "Selamat pagi! Ada yang bisa saya bantu?"


def prompt(window) -> str:  # type: ignore[no-untyped-def]
    return window.desk_view.prompt_label.text()


def choose(qtbot, window, label: str) -> None:  # type: ignore[no-untyped-def]
    """Press the number of the choice labelled ``label`` (read from the choice buttons)."""
    for text in window.desk_view.choice_texts():
        number, _, shown = text.partition("   ")
        if shown == label:
            press(qtbot, window, number)
            return
    raise AssertionError(f"no choice {label!r} in {window.desk_view.choice_texts()}")


def to_the_need(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    assert prompt(window) == GREETING
    for _ in range(3):  # greet → card → thanks → the need
        clock.advance(10)
        assert press(qtbot, window, "Enter") == "lanjut"
    assert prompt(window) == "Baik, apa keperluan Anda hari ini?"


def close(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    press_until(
        qtbot, window, "Enter", lambda: prompt(window).startswith("Apakah ada lagi"), most=3
    )
    choose(qtbot, window, "Tidak, sudah cukup")
    assert press(qtbot, window, "Enter") == "selesai, pemustaka berikutnya"
    assert prompt(window) == GREETING


def test_a_borrow_with_the_legends_keys(qtbot, window, services, clock) -> None:  # type: ignore[no-untyped-def]
    shown = legend(window)
    assert "Esc" not in shown  # nobody to abandon at the greeting
    assert not window.desk_view.abandon_button.isEnabled()  # nor does its button promise it
    assert {"Enter", "F4", "F6"} <= shown.keys()
    to_the_need(qtbot, window, clock)
    assert legend(window)["Backspace"] == "kembali"
    assert window.desk_view.abandon_button.isEnabled() and "Esc" in legend(window)
    choose(qtbot, window, "Meminjam")
    close(qtbot, window)
    row = InteractionRepository(services._store.db).get(1)
    assert (row.need, row.outcome.value) == ("borrow", "served")


def to_unavailable(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    to_the_need(qtbot, window, clock)
    choose(qtbot, window, "Mencari bahan pustaka")
    choose(qtbot, window, "Tidak tersedia")
    panel = window.desk_view.options_panel
    assert panel.isVisible() and focused() is panel.title_edit


def test_unavailable_hold_and_call_back_then_the_slip(qtbot, window, services, clock) -> None:  # type: ignore[no-untyped-def]
    to_unavailable(qtbot, window, clock)
    panel = window.desk_view.options_panel
    shown = legend(window)
    assert "1" not in shown and "0" not in shown  # digits are typed in the title
    assert shown["Enter"] == "ke opsi"
    type_text(qtbot, "1984")  # a title of digits: typed, not ticked
    assert not any(box.isChecked() for box in panel.option_boxes.values())
    press(qtbot, window, "Tab")
    type_text(qtbot, "George Orwell")
    press(qtbot, window, "Tab")
    type_text(qtbot, "978-602-03-1234-5")  # an ISBN: digits again
    assert press(qtbot, window, "Enter") == "ke opsi"
    assert isinstance(focused(), QCheckBox)
    assert "Tombol 1–6 dan 0 berlaku" in panel.options_keys.text()
    assert legend(window)["1"] == "dipilih; sekali lagi: dijelaskan, tidak dipilih"
    press(qtbot, window, "1")  # hold
    press(qtbot, window, "6")  # call back
    press(qtbot, window, "3")  # purchase: explained, and turned down (its key twice)
    press(qtbot, window, "3")
    assert press(qtbot, window, "Enter") == "ke tindak lanjut"
    assert isinstance(focused(), QDateEdit)
    press(qtbot, window, "Tab")
    assert focused() is panel.consent_box
    press(qtbot, window, "Spasi")  # consent
    press(qtbot, window, "Tab")
    type_text(qtbot, "Budi Santoso")
    press(qtbot, window, "Enter")
    type_text(qtbot, "0812-3456-7890")
    press_until(qtbot, window, "Tab", lambda: isinstance(focused(), QComboBox))
    type_text(qtbot, "W")  # WhatsApp
    press(qtbot, window, "Ctrl+Enter")

    flow = window.desk_view.flow
    assert flow.next_step is not None and flow.next_step.code is not None
    asked: list[object] = []
    window.desk_view.slip_requested.disconnect(window.documents.show_slip)
    window.desk_view.slip_requested.connect(asked.append)
    assert press(qtbot, window, "Ctrl+P") == "slip pemustaka"
    assert asked == [flow]
    close(qtbot, window)

    stored = FollowUpRepository(services._store.db).find_by_code(flow.next_step.code)
    assert stored is not None
    # Every key meant as a shortcut did its work and none reached a text field.
    assert (stored.item.title, stored.item.author, stored.item.call_number) == (
        "1984",
        "George Orwell",
        "978-602-03-1234-5",
    )
    assert stored.options == ("hold", "call_back")
    assert stored.contact is not None and stored.contact.name == "Budi Santoso"
    assert stored.contact.phone is not None and stored.contact.phone.e164 == "+6281234567890"
    assert stored.contact.channel.value == "whatsapp"
    row = InteractionRepository(services._store.db).get(1)
    assert (row.outcome.value, row.options_chosen) == ("next_step_given", ("hold", "call_back"))
    assert row.options_offered == ("hold", "purchase", "call_back")


def test_a_complaint_with_a_follow_up(qtbot, window, services, clock) -> None:  # type: ignore[no-untyped-def]
    to_the_need(qtbot, window, clock)
    choose(qtbot, window, "Keluhan")
    press(qtbot, window, "Enter")
    press(qtbot, window, "Enter")
    choose(qtbot, window, "Perlu ditindaklanjuti")
    panel = window.desk_view.options_panel
    assert panel.request_mode and focused() is panel.title_edit
    type_text(qtbot, "AC ruang baca 2 mati")
    assert press(qtbot, window, "Enter") == "ke tindak lanjut"
    press(qtbot, window, "Tab")
    press(qtbot, window, "Spasi")
    press(qtbot, window, "Tab")
    type_text(qtbot, "Siti Rahma")
    press(qtbot, window, "Tab")
    type_text(qtbot, "0813-1111-2222")
    press_until(qtbot, window, "Tab", lambda: isinstance(focused(), QComboBox))
    type_text(qtbot, "W")
    press(qtbot, window, "Ctrl+Enter")
    flow = window.desk_view.flow
    assert flow.next_step is not None
    close(qtbot, window)
    stored = FollowUpRepository(services._store.db).get(flow.next_step.followup_id)
    assert (stored.reason.value, stored.item.title) == ("complaint", "AC ruang baca 2 mati")
    row = InteractionRepository(services._store.db).get(1)
    assert (row.need, row.outcome.value) == ("complaint", "complaint_recorded")


def test_abandon_asks_with_the_keys_of_the_language(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    to_the_need(qtbot, window, clock)
    press(qtbot, window, "Esc")
    shown = legend(window)
    assert set(shown) == {"Y", "T", "Esc", "Enter"}
    press(qtbot, window, "Enter")  # a reflex Enter: the patron stays
    assert prompt(window) == "Baik, apa keperluan Anda hari ini?"


def test_a_contact_attempt_with_the_legends_keys(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from tests.packs import make_followup

    followup = make_followup(services)
    window.show_view("followups")
    view = window.followups_view
    view.refresh()
    view.table.setFocus()
    shown = legend(window)
    assert shown["A"] == "catat upaya kontak"
    assert "Ctrl+R" in shown
    press(qtbot, window, "A")
    assert set(legend(window)) == {str(n) for n in range(1, 8)} | {"Esc"}
    press(qtbot, window, "2")  # called, no answer
    events = [e.kind for e in services.followups.repo.events(followup.id)]
    assert "attempt" in events
    press(qtbot, window, "Ctrl+R")
    assert "Budi Santoso" in view.detail.contact_label.text()
    assert "Ctrl+R" not in legend(window)  # shown already: the key is gone from the legend
    press(qtbot, window, "Ctrl+F")
    assert focused() is view.search_edit


def test_f4_chooses_the_segment_and_the_desks_keys_go_on(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    view = window.desk_view
    chosen: list[str] = []

    def pick_the_second() -> None:
        assert QApplication.activePopupWidget() is not None  # the list is open
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        chosen.append("picked")

    QTimer.singleShot(50, pick_the_second)
    assert press(qtbot, window, "F4") == "segmen"
    qtbot.waitUntil(lambda: view.flow.segment.value == "student", timeout=2000)
    assert chosen == ["picked"] and view.segment().value == "student"
    qtbot.waitUntil(lambda: focused() is view, timeout=2000)
    assert press(qtbot, window, "Enter") == "lanjut"  # the desk's keys work again at once
    assert prompt(window) == "Boleh saya minta kartu perpustakaan Anda?"
