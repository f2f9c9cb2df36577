"""The survey kiosk: the questionnaire for one patron after another, turned toward the
patrons, while the desk goes on serving; Esc starts over; Indonesian or English."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desk_assistant.ui.skm_dialog import SkmQuestionnaire
from tests.conftest import act_as


def answer(qtbot, questionnaire: SkmQuestionnaire, values: list[int]) -> None:  # type: ignore[no-untyped-def]
    """A patron touches one answer per question (the mouse, as at a touch screen)."""
    for box, value in zip(questionnaire.boxes, values, strict=False):
        qtbot.mouseClick(box.buttons[value - 1], Qt.MouseButton.LeftButton)


def test_one_patron_after_another_while_the_desk_serves(qtbot, window, services, clock) -> None:  # type: ignore[no-untyped-def]
    patron = window.patron
    patron.kiosk_action.setChecked(True)  # File → Survey → Survey kiosk
    kiosk = patron.kiosk
    assert kiosk is not None and kiosk.isVisible()
    assert kiosk.stack.currentWidget() is kiosk.waiting  # no survey period yet
    assert "tidak ada survei" in kiosk.waiting.text()
    act_as(services)
    services.feedback.start_survey("Kepala")
    kiosk.poll.timeout.emit()  # the kiosk looks again (every half minute)
    first = kiosk.questionnaire
    assert first is not None and kiosk.stack.currentWidget() is first
    assert first.boxes[0].title() == "U1. Persyaratan"
    assert not first.answer_box.isVisible()  # no librarian stands by to note a contact
    # The desk is not held: neither the kiosk nor its questionnaire is modal.
    for widget in (kiosk, first):
        assert widget.windowModality() == Qt.WindowModality.NonModal and not widget.isModal()
    answer(qtbot, first, [4] * 9)
    qtbot.mouseClick(first.send_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.thanks and kiosk.sent == 1
    assert "Terima kasih" in kiosk.thanks.text()
    kiosk.thanks_timer.stop()  # its time is up: the next patron's questionnaire
    kiosk.thanks_timer.timeout.emit()
    second = kiosk.questionnaire
    assert second is not None and second is not first
    assert kiosk.stack.currentWidget() is second and second.answers() == {}
    # The next patron begins, thinks better of it: Esc starts over.
    answer(qtbot, second, [1, 1])
    second.boxes[0].setFocus()
    qtbot.keyClick(second.boxes[0], Qt.Key.Key_Escape)
    third = kiosk.questionnaire
    assert third is not None and third is not second and third.answers() == {}
    # In English, at the patron's touch; then answered and sent.
    qtbot.mouseClick(kiosk.language_button, Qt.MouseButton.LeftButton)
    english = kiosk.questionnaire
    assert english is not None and english.boxes[0].title() == "U1. Requirements"
    assert english.send_button.text() == "Send (Ctrl+Enter)" and "Thank you" in kiosk.thanks.text()
    assert kiosk.language_button.text() == "Bahasa Indonesia"
    answer(qtbot, english, [3] * 9)
    qtbot.mouseClick(english.send_button, Qt.MouseButton.LeftButton)
    kiosk.thanks_timer.stop()
    today = clock().date()
    report = services.feedback.skm_report(date(today.year, 1, 1), today)
    assert report.result.respondents == 2  # the one that started over was never sent
    assert [round(e.average, 1) for e in report.result.elements] == [3.5] * 9
    # Ended at the desk: the kiosk says there is no survey at its next look.
    services.feedback.end_survey("Kepala")
    kiosk.refresh()
    assert kiosk.stack.currentWidget() is kiosk.waiting and kiosk.questionnaire is None
    patron.kiosk_action.setChecked(False)
    assert patron.kiosk is None


def test_the_kiosk_refuses_contact_details_in_the_patrons_language(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    act_as(services)
    services.feedback.start_survey("Kepala")
    window.patron.kiosk_action.setChecked(True)
    kiosk = window.patron.kiosk
    assert kiosk is not None
    qtbot.mouseClick(kiosk.language_button, Qt.MouseButton.LeftButton)  # English
    questionnaire = kiosk.questionnaire
    assert questionnaire is not None
    answer(qtbot, questionnaire, [2])
    questionnaire.suggestion.setPlainText("call me on 0812 3456 7890")
    qtbot.mouseClick(questionnaire.send_button, Qt.MouseButton.LeftButton)
    assert kiosk.questionnaire is questionnaire and questionnaire.isVisible()
    assert "without a phone number" in questionnaire.error.text()
    # Closed by its own window's button: the menu's tick goes off.
    kiosk.close()
    assert not window.patron.kiosk_action.isChecked() and window.patron.kiosk is None


def test_the_questionnaire_speaks_the_patrons_language_not_the_desks(  # type: ignore[no-untyped-def]
    qtbot, window, services
) -> None:
    """The desk in Indonesian, the patron served in English (F6): the questionnaire is
    English throughout — its intro and buttons as well as its questions."""
    dialog = SkmQuestionnaire(services.feedback, "Meja 1", "en", window)
    assert dialog.windowTitle() == "Community Satisfaction Survey (SKM)"
    assert dialog.send_button.text() == "Send (Ctrl+Enter)"
    assert dialog.boxes[0].title() == "U1. Requirements"
    dialog.close()
    indonesian = SkmQuestionnaire(services.feedback, "Meja 1", "id", window)
    assert indonesian.send_button.text() == "Kirim (Ctrl+Enter)"
    indonesian.close()
