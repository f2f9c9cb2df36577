"""The SKM questionnaire by keyboard: 1-4 answer each question in turn, Ctrl+Enter sends."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_assistant.ui.skm_dialog import SkmQuestionnaire
from tests.conftest import act_as


def test_a_patron_answers_by_keyboard_and_a_phone_number_is_refused(  # type: ignore[no-untyped-def]
    qtbot, window, services, clock
) -> None:
    window._show_survey_state()
    assert not window.skm_questionnaire_action.isEnabled()  # no survey yet
    act_as(services)
    services.feedback.start_survey("Kepala")
    services.auth.lock()
    window._show_survey_state()
    assert window.skm_questionnaire_action.isEnabled() and not window.skm_start_action.isEnabled()
    dialog = SkmQuestionnaire(services.feedback, "Meja 1", "id", window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.boxes[0]
    assert dialog.boxes[0].title() == "U1. Persyaratan"
    assert dialog.boxes[3].buttons[3].text().endswith("Gratis")  # the regulation's words
    answers = [4, 3, 2, 4, 3, 4, 4, 3, 2]
    for value in answers:
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{value}"))
    assert QApplication.focusWidget() is dialog.profile["sex"]  # past the nine questions
    dialog.suggestion.setFocus()
    qtbot.keyClicks(dialog.suggestion, "Hubungi saya 0812 3456 7890")
    qtbot.keyClick(dialog.suggestion, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and "tanpa nomor telepon" in dialog.error.text()
    dialog.suggestion.setPlainText("Ruang baca perlu lebih terang")
    qtbot.keyClick(dialog.suggestion, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    act_as(services)
    today = clock().date()
    report = services.feedback.skm_report(date(today.year, 1, 1), today)
    assert report.result.respondents == 1
    assert [round(e.average) for e in report.result.elements] == answers
    assert report.result.suggestions == ("Ruang baca perlu lebih terang",)
