"""Unavailable material at the desk, keyboard only: options, contact, read-back, slip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_assistant.storage.followups import FollowUpRepository
from desk_assistant.storage.interactions import InteractionRepository
from tests.ui.test_desk_view import GREETING_ID, press, prompt

UNAVAILABLE = "Mohon maaf, bahan itu sedang tidak tersedia. Saya jelaskan pilihan yang Anda punya."
CLOSE = "Apakah ada lagi yang bisa saya bantu hari ini?"


def focused():  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), k, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focused(), text)


def tab(qtbot, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        key(qtbot, Qt.Key.Key_Tab)


def to_unavailable(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for k in (Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_4, Qt.Key.Key_2):
        press(qtbot, window, k)
    assert prompt(window) == UNAVAILABLE
    assert window.desk_view.options_panel.title_edit.hasFocus()


def close_interaction(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, window, Qt.Key.Key_Return)
    assert prompt(window) == CLOSE
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_Return)
    assert prompt(window) == GREETING_ID


def test_hold_and_call_back_with_consent(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    to_unavailable(qtbot, window)
    panel = window.desk_view.options_panel
    type_text(qtbot, "Laskar Pelangi")
    tab(qtbot)
    type_text(qtbot, "Andrea Hirata")
    key(qtbot, Qt.Key.Key_Return)  # Enter: on to the options
    key(qtbot, Qt.Key.Key_1)  # hold
    key(qtbot, Qt.Key.Key_6)  # call back
    # Interlibrary loan explained and turned down: its key twice (chosen, then explained).
    key(qtbot, Qt.Key.Key_2)
    assert panel.option_boxes["interlibrary_loan"].chosen()
    key(qtbot, Qt.Key.Key_2)
    boxes = panel.option_boxes
    assert boxes["hold"].chosen() and boxes["call_back"].chosen()
    assert boxes["interlibrary_loan"].explained() and not boxes["interlibrary_loan"].chosen()
    assert "dijelaskan, tidak dipilih" in boxes["interlibrary_loan"].text()
    assert not boxes["purchase"].chosen() and not boxes["purchase"].explained()
    key(qtbot, Qt.Key.Key_Return)  # Enter: on to the follow-up
    assert focused() is panel.due_edit
    tab(qtbot)
    key(qtbot, Qt.Key.Key_Space)  # consent
    assert panel.consent_box.isChecked()
    tab(qtbot)
    type_text(qtbot, "Budi Santoso")
    tab(qtbot)
    type_text(qtbot, "0812-3456-7890")
    tab(qtbot, 2)  # past e-mail to the channel
    assert focused() is panel.channel_combo
    type_text(qtbot, "W")  # WhatsApp
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    next_step = window.desk_view.flow.next_step
    assert next_step is not None and next_step.code is not None
    code = next_step.code
    close_text = (
        "Jadi, langkah selanjutnya: buku ini kami pesankan untuk Anda dan kami simpankan begitu "
        "tersedia; kami menindaklanjuti keperluan Anda. Kami akan menghubungi Anda "
        f"paling lambat Kamis, 26 November 2026. Kode Anda {code}."
    )
    shown = close_text.replace(code, code.replace("-", "\u2011"))  # codes never break
    assert panel.result_label.text() == shown
    # Ctrl+P works wherever the focus is in the checklist: here, the channel just chosen.
    asked: list[object] = []
    window.desk_view.slip_requested.disconnect(window.documents.show_slip)
    window.desk_view.slip_requested.connect(asked.append)
    panel.channel_combo.setFocus()
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [window.desk_view.flow]
    press(qtbot, window, Qt.Key.Key_Return)
    assert prompt(window) == CLOSE
    assert window.desk_view.banner.text() == shown  # read back at the close

    stored = FollowUpRepository(services._store.db).find_by_code(code)
    assert stored is not None
    assert stored.contact is not None and stored.contact.phone is not None
    assert stored.contact.phone.e164 == "+6281234567890"
    assert stored.contact.channel.value == "whatsapp"
    assert stored.consent and stored.due.isoformat() == "2026-11-26"
    assert stored.options == ("hold", "call_back")
    assert (stored.item.title, stored.item.author) == ("Laskar Pelangi", "Andrea Hirata")

    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_Return)
    interaction = InteractionRepository(services._store.db).get(1)
    assert interaction.outcome == "next_step_given"
    assert interaction.unavailable and interaction.next_step is True
    # Offered means offered: what was explained or chosen, not every option on the list.
    assert interaction.options_chosen == ("hold", "call_back")
    assert interaction.options_offered == ("hold", "interlibrary_loan", "call_back")
    assert not panel.isVisible()  # the next patron starts clean


def test_patron_declined_all_options(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    to_unavailable(qtbot, window)
    type_text(qtbot, "Bumi Manusia")
    key(qtbot, Qt.Key.Key_Return)  # Enter: on to the options
    key(qtbot, Qt.Key.Key_0)  # declined all
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.desk_view.flow.next_step is not None
    press(qtbot, window, Qt.Key.Key_Return)
    assert "Bila Anda berubah pikiran" in window.desk_view.banner.text()
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_Return)
    interaction = InteractionRepository(services._store.db).get(1)
    assert interaction.outcome == "declined_options"
    assert interaction.next_step is False
    assert FollowUpRepository(services._store.db).count() == 0


def test_no_consent_stores_no_contact(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    to_unavailable(qtbot, window)
    type_text(qtbot, "Ronggeng Dukuh Paruk")
    key(qtbot, Qt.Key.Key_Return)  # Enter: on to the options
    key(qtbot, Qt.Key.Key_2)  # interlibrary loan
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    code = window.desk_view.flow.next_step.code
    assert code is not None
    press(qtbot, window, Qt.Key.Key_Return)
    unbroken = code.replace("-", "\u2011")  # a code never breaks across lines
    assert f"Kode Anda {unbroken}; silakan tanyakan ke meja ini" in window.desk_view.banner.text()
    close_interaction_from_close(qtbot, window)
    row = services._store.db.execute(
        "SELECT patron_name, phone, email, channel, consent FROM followups WHERE code = ?", (code,)
    ).fetchone()
    assert row == (None, None, None, None, 0)


def close_interaction_from_close(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_Return)
    assert prompt(window) == GREETING_ID


def test_closing_with_no_option_is_refused(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    to_unavailable(qtbot, window)
    view = window.desk_view
    type_text(qtbot, "Laut Bercerita")
    key(qtbot, Qt.Key.Key_Escape)  # leave the checklist: keep or discard?
    assert view.options_panel.leave_bar.isVisible()
    key(qtbot, Qt.Key.Key_Return)  # "keep for later" has the focus
    assert not view.options_panel.isVisible()
    press(qtbot, window, Qt.Key.Key_Return)  # try to close
    assert prompt(window) == UNAVAILABLE
    assert view.banner.text().startswith("Pemustaka belum tahu langkah berikutnya")
    assert view.options_panel.isVisible()
    assert view.options_panel.title_edit.text() == "Laut Bercerita"  # kept, not lost
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # no option ticked
    assert view.options_panel.error_texts()["options"].startswith("Pilih minimal satu opsi")
    assert InteractionRepository(services._store.db).count() == 0


def test_inline_errors_keep_what_was_typed(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    to_unavailable(qtbot, window)
    panel = window.desk_view.options_panel
    key(qtbot, Qt.Key.Key_Return)  # Enter: on to the options
    key(qtbot, Qt.Key.Key_1)
    panel.consent_box.setChecked(True)
    panel.phone_edit.setFocus()
    type_text(qtbot, "0062 812 3456 7890")
    tab(qtbot)  # leaving the field checks it at once
    assert panel.error_texts()["phone"].startswith("Awalan 00")
    panel.email_edit.setFocus()
    type_text(qtbot, "budi@example")
    tab(qtbot)
    assert "domainnya kurang" in panel.error_texts()["email"]
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    errors = panel.error_texts()
    assert set(errors) >= {"title", "name", "phone", "email", "channel"}
    assert panel.phone_edit.text() == "0062 812 3456 7890"
    assert FollowUpRepository(services._store.db).count() == 0


def test_discarding_the_form_clears_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    to_unavailable(qtbot, window)
    panel = window.desk_view.options_panel
    type_text(qtbot, "Negeri 5 Menara")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    assert panel.title_edit.text() == ""
    assert not panel.isVisible()


def test_f8_marks_unavailable_in_the_serve_phase(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for k in (Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_3):
        press(qtbot, window, k)  # renew
    assert window.desk_view.unavailable_button.isVisible()
    press(qtbot, window, Qt.Key.Key_F8)
    assert window.desk_view.options_panel.isVisible()
    assert window.desk_view.flow.needs_next_step


def test_slip_renders_to_pdf(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    to_unavailable(qtbot, window)
    type_text(qtbot, "Laskar Pelangi")
    key(qtbot, Qt.Key.Key_Return)  # Enter: on to the options
    key(qtbot, Qt.Key.Key_1)
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    slip = window.documents.slip_for(window.desk_view.flow)
    assert slip is not None and slip.code == window.desk_view.flow.next_step.code
    assert "SW" not in slip.next_step + slip.item  # no staff-only data
    # The slip states the next step under its own heading; "Jadi, …" is only said.
    assert slip.next_step.startswith("Buku ini kami pesankan untuk Anda")
    assert window.desk_view.flow.readback("id").startswith("Jadi, langkah selanjutnya: buku")
    path = tmp_path / "slip.pdf"
    assert window.documents.save_slip_pdf(slip, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert (
        data.count(b"/Type /Page\n") + data.count(b"/Type /Page\r") + data.count(b"/Type /Page>>")
        <= 1
        or b"/Count 1" in data
    )
    assert not list(tmp_path.glob(".slip.pdf.*"))
    # Saved where it cannot be: said in plain Indonesian, nothing left behind.
    gone = tmp_path / "gone" / "slip.pdf"
    assert not window.documents.save_slip_pdf(slip, gone)
    assert window.last_message_box.text() == "Slip tidak dapat disimpan: foldernya tidak ada"
    assert not gone.parent.exists()


def test_checklist_is_built_just_after_the_desk_shows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.desk_view
    # Not needed for the first screen; built in the first idle moment after it.
    qtbot.waitUntil(lambda: view._options_panel is not None, timeout=3000)
    assert view.options_panel.isHidden()
    to_unavailable(qtbot, window)
    assert view.options_panel.isVisible()


def test_complaint_that_needs_a_follow_up_keeps_the_promise(qtbot, window, services, clock) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_desk_view import start_of_need

    start_of_need(qtbot, window, clock)
    for k in (Qt.Key.Key_7, Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_2):
        press(qtbot, window, k)  # complaint, listened, apologised, needs follow-up
    assert prompt(window).startswith("Keluhan ini akan kami tindak lanjuti.")
    view = window.desk_view
    panel = view.options_panel
    assert panel.isVisible() and panel.request_mode
    assert panel.title_label.text() == "Tindak lanjut: yang kami janjikan kepada pemustaka"
    assert not panel.options_box.isVisible() and not panel.author_edit.isVisible()
    assert panel.title_edit.hasFocus()
    type_text(qtbot, "Ruang baca terlalu bising sore hari")
    tab(qtbot)
    assert focused() is panel.due_edit
    tab(qtbot)
    key(qtbot, Qt.Key.Key_Space)  # consent
    tab(qtbot)
    type_text(qtbot, "Siti Rahma")
    tab(qtbot)
    type_text(qtbot, "0813-1111-2222")
    tab(qtbot, 2)
    type_text(qtbot, "W")
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    next_step = view.flow.next_step
    assert next_step is not None and next_step.code is not None
    stored = FollowUpRepository(services._store.db).get(next_step.followup_id)
    assert (stored.reason.value, stored.item.title, stored.options) == (
        "complaint",
        "Ruang baca terlalu bising sore hari",
        ("call_back",),
    )
    assert stored.contact is not None and stored.contact.name == "Siti Rahma"
    press(qtbot, window, Qt.Key.Key_Return)
    assert prompt(window) == "Keluhan Anda saya catat agar layanan kami menjadi lebih baik."
    close_interaction(qtbot, window)
    row = InteractionRepository(services._store.db).get(1)
    # The statistics count a complaint, not unavailable material, and no personal data.
    assert (row.outcome.value, row.unavailable, row.next_step, row.options_offered) == (
        "complaint_recorded",
        False,
        None,
        (),
    )
    window.show_view("followups")
    detail = window.followups_view.detail
    assert detail.followup is not None and detail.followup.code == next_step.code
    name, value = detail.fact_labels["item"]
    assert (name.text(), value.text()) == ("Pokok", "Ruang baca terlalu bising sore hari")
    assert detail.fact_labels["reason"][1].text() == "Keluhan / permintaan"
    assert detail.fact_labels["call"][1].isHidden()  # no call number for a complaint
    # Calling back about a complaint: the news speaks of the complaint, not of a book.
    assert detail.news_edit.text().startswith("kami sudah menindaklanjuti keluhan Anda")


def test_complaint_follow_up_cannot_close_without_the_promise(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_desk_view import start_of_need

    start_of_need(qtbot, window, clock)
    for k in (Qt.Key.Key_7, Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_2):
        press(qtbot, window, k)
    window.desk_view.setFocus()
    press(qtbot, window, Qt.Key.Key_Return)  # to "recorded"…
    press(qtbot, window, Qt.Key.Key_Return)  # …but not to the close
    assert prompt(window) == "Keluhan Anda saya catat agar layanan kami menjadi lebih baik."
    assert window.desk_view.flow.needs_next_step
    assert "Janji tindak lanjut belum dicatat" in window.desk_view.banner.text()
    assert window.desk_view.options_panel.title_edit.hasFocus()


def test_f8_is_not_offered_while_a_complaint_is_followed_up(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_desk_view import start_of_need

    start_of_need(qtbot, window, clock)
    for k in (Qt.Key.Key_7, Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_2):
        press(qtbot, window, k)
    view = window.desk_view
    assert view.options_panel.request_mode
    assert not view.unavailable_button.isVisible()
    view.setFocus()
    press(qtbot, window, Qt.Key.Key_F8)  # the complaint's own form stays
    assert not view.flow.unavailable and view.options_panel.request_mode


def test_after_the_slip_the_next_enter_goes_on(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    to_unavailable(qtbot, window)
    type_text(qtbot, "Laskar Pelangi")
    key(qtbot, Qt.Key.Key_Return)  # Enter: on to the options
    key(qtbot, Qt.Key.Key_1)
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    shown: list[str] = []

    def close_the_slip() -> None:
        box = QApplication.activeModalWidget()
        shown.append(box.objectName() if box is not None else "")
        if box is not None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(50, close_the_slip)
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # the slip, then Esc
    assert shown == ["slipBox"]
    assert window.focusWidget() is window.desk_view  # back in the flow
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk_view, timeout=2000)
    key(qtbot, Qt.Key.Key_Return)  # Enter goes on, it does not open the slip again
    assert prompt(window) == CLOSE
