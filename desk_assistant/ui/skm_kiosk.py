"""The survey kiosk (File → Satisfaction survey → Survey kiosk): the SKM questionnaire on
the patron screen for one patron after another, while the librarian goes on serving at the
desk (the questionnaire alone holds the desk until it is sent; the kiosk does not).

Sent: a thank-you, then a fresh questionnaire. *Start over* (Esc) clears it. The patron
switches between Indonesian and English. While no survey period runs, the kiosk says so
and looks again every half minute (a period started at another desk arrives by sync).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.i18n import QT_TRANSLATE_NOOP, text
from desk_assistant.services.feedback import FeedbackService
from desk_assistant.ui.skm_dialog import SkmQuestionnaire

TITLE = QT_TRANSLATE_NOOP("SurveyKiosk", "Community Satisfaction Survey (SKM)")
THANKS = QT_TRANSLATE_NOOP("SurveyKiosk", "Thank you! Your answers help us serve you better.")
WAITING = QT_TRANSLATE_NOOP(
    "SurveyKiosk", "There is no survey at the moment. Thank you for visiting the library."
)
OTHER_LANGUAGE = {"id": "English", "en": "Bahasa Indonesia"}  # each in its own language
THANKS_MS = 5000  # the thank-you shows this long before the next patron's questionnaire
POLL_MS = 30_000  # how often a waiting kiosk looks for a survey period


class SurveyKiosk(QWidget):
    """``closed``: its window was closed (the menu's tick goes off)."""

    closed = Signal()

    def __init__(self, feedback: FeedbackService, desk: Callable[[], str], language: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("surveyKiosk")
        self.feedback = feedback
        self.desk = desk
        self.lang = language
        self.questionnaire: SkmQuestionnaire | None = None
        self.sent = 0  # questionnaires sent since the kiosk opened
        # Whether the kiosk may close now (the kiosk on its own PC asks the supervisor's
        # PIN; on the desk's patron screen the librarian closes it freely).
        self.may_close: Callable[[], bool] = lambda: True
        self.setStyleSheet(
            "#surveyKiosk { background: #FAFAFA; }"
            "#kioskTitle { font-size: 22pt; font-weight: bold; }"
            "#kioskThanks, #kioskWaiting { font-size: 30pt; }"
            "#kioskLanguage { font-size: 14pt; padding: 8px 16px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("kioskTitle")
        top.addWidget(self.title, 1)
        self.language_button = QPushButton(self)
        self.language_button.setObjectName("kioskLanguage")
        self.language_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language_button.clicked.connect(self.switch_language)
        top.addWidget(self.language_button)
        layout.addLayout(top)
        self.stack = QStackedWidget(self)
        self.thanks = self._page("kioskThanks")
        self.waiting = self._page("kioskWaiting")
        layout.addWidget(self.stack, 1)
        self.thanks_timer = QTimer(self, singleShot=True, interval=THANKS_MS)
        self.thanks_timer.timeout.connect(self.refresh)
        self.poll = QTimer(self, interval=POLL_MS)
        self.poll.timeout.connect(self.refresh)
        self.poll.start()
        self._texts()
        self.refresh()

    def _page(self, name: str) -> QLabel:
        page = QLabel(self.stack)
        page.setObjectName(name)
        page.setWordWrap(True)
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(page)
        return page

    def _texts(self) -> None:
        self.setWindowTitle(text("SurveyKiosk", TITLE, self.lang))
        self.title.setText(text("SurveyKiosk", TITLE, self.lang))
        self.thanks.setText(text("SurveyKiosk", THANKS, self.lang))
        self.waiting.setText(text("SurveyKiosk", WAITING, self.lang))
        self.language_button.setText(OTHER_LANGUAGE.get(self.lang, "English"))

    def refresh(self) -> None:
        """A questionnaire while a survey period runs, else the waiting page; a thank-you
        showing is left until its time is up."""
        if self.thanks_timer.isActive():
            return
        if self.feedback.survey() is None:
            self._drop_questionnaire()
            self.stack.setCurrentWidget(self.waiting)
        elif self.questionnaire is None or self.stack.currentWidget() is not self.questionnaire:
            self.start_over()

    def start_over(self) -> None:
        """A fresh questionnaire for the next patron (or the same, starting again)."""
        self._drop_questionnaire()
        questionnaire = SkmQuestionnaire(
            self.feedback, self.desk(), self.lang, self.stack, kiosk=True
        )
        questionnaire.setWindowFlags(Qt.WindowType.Widget)  # a page of the kiosk
        questionnaire.accepted.connect(self._sent)
        questionnaire.rejected.connect(self.start_over)  # Esc: start over
        self.stack.addWidget(questionnaire)
        self.stack.setCurrentWidget(questionnaire)
        self.questionnaire = questionnaire
        questionnaire.boxes[0].setFocus()

    def _drop_questionnaire(self) -> None:
        old, self.questionnaire = self.questionnaire, None
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()  # it may be the sender of the signal being handled

    def _sent(self) -> None:
        self.sent += 1
        self._drop_questionnaire()
        self.stack.setCurrentWidget(self.thanks)
        self.thanks_timer.start()

    def switch_language(self) -> None:
        """Indonesian ↔ English; a questionnaire begun starts again in the other."""
        self.lang = "en" if self.lang == "id" else "id"
        self._texts()
        if self.questionnaire is not None:
            self.start_over()

    def texts(self) -> list[str]:
        """What the patron can read now (for tests)."""
        shown = [self.title.text(), self.language_button.text()]
        page = self.stack.currentWidget()
        if isinstance(page, QLabel):
            shown.append(page.text())
        elif isinstance(page, SkmQuestionnaire):
            shown.append(page.boxes[0].title())
        return shown

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if not self.may_close():
            event.ignore()
            return
        self.poll.stop()
        self.thanks_timer.stop()
        super().closeEvent(event)
        self.closed.emit()
