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
    window.patron.show_survey_state()
    assert not window.patron.questionnaire_action.isEnabled()  # no survey yet
    act_as(services)
    services.feedback.start_survey("Kepala")
    services.auth.lock()
    window.patron.show_survey_state()
    patron = window.patron
    assert patron.questionnaire_action.isEnabled() and not patron.start_action.isEnabled()
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


def test_a_suggestion_asking_for_an_answer_becomes_a_follow_up_with_consent(  # type: ignore[no-untyped-def]
    qtbot, window, services, clock
) -> None:
    from PySide6.QtCore import QTimer

    from desk_assistant.storage.followups import FollowUpRepository
    from tests.ui.test_unavailable import key, tab, type_text

    act_as(services)
    services.feedback.start_survey("Kepala")
    services.auth.lock()

    def answer() -> None:
        dialog = window.findChild(SkmQuestionnaire)
        assert dialog is not None
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)  # U1: less suitable
        dialog.suggestion.setPlainText("Mohon jam buka diperpanjang sampai pukul 18.00")
        dialog.answer_box.setChecked(True)
        qtbot.keyClick(dialog.suggestion, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, answer)
    window.patron.questionnaire_action.trigger()  # File → Satisfaction survey → Questionnaire
    # The survey is saved anonymously; the desk takes the suggestion like a complaint.
    view = window.desk_view
    panel = view.options_panel
    assert panel.isVisible() and panel.request_mode
    window.activateWindow()
    qtbot.waitUntil(panel.title_edit.hasFocus)
    assert panel.title_edit.text() == "Mohon jam buka diperpanjang sampai pukul 18.00"
    assert view.prompt_label.text().startswith("Keluhan ini akan kami tindak lanjuti.")
    tab(qtbot)
    tab(qtbot)
    key(qtbot, Qt.Key.Key_Space)  # the patron agrees to be contacted
    tab(qtbot)
    type_text(qtbot, "Siti Rahma")
    tab(qtbot)
    type_text(qtbot, "0813-1111-2222")
    tab(qtbot, 2)
    type_text(qtbot, "W")
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    step = view.flow.next_step
    assert step is not None and step.followup_id is not None
    stored = FollowUpRepository(services._store.db).get(step.followup_id)
    assert stored.reason.value == "complaint" and stored.consent
    assert stored.item.title == "Mohon jam buka diperpanjang sampai pukul 18.00"
    # The survey answer itself names nobody.
    row = services._store.db.execute("SELECT * FROM skm_responses").fetchall()
    assert len(row) == 1 and "Siti" not in str(row) and "0813" not in str(row)


def test_the_questionnaire_in_english(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    window.set_language("en")
    dialog = SkmQuestionnaire(services.feedback, "Meja 1", "en", window)
    assert dialog.windowTitle() == "Community Satisfaction Survey (SKM)"
    assert dialog.boxes[0].title() == "U1. Requirements"
    assert dialog.boxes[8].title() == "U9. Facilities"
    assert dialog.boxes[3].buttons[3].text().endswith("Free")
    assert dialog.profile["sex"].itemText(1) == "Male"
    dialog.close()
