"""The SKM questionnaire a patron answers after service (File → Satisfaction survey →
Questionnaire): the nine elements of PermenPANRB 14/2017 with the regulation's wording and
four answers each, the optional profile, and a suggestion without names or numbers. It
opens on the patron screen when that is on, in the patron's language.

By keyboard: Tab moves from question to question, 1-4 answer the question that has the
focus and move to the next, Ctrl+Enter sends, Esc closes without sending.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.domain.skm import PROFILE_FIELDS, QUESTIONS, Element
from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import text
from desk_assistant.services.feedback import SUGGESTION_MAX, FeedbackService


class QuestionBox(QGroupBox):
    """One element: its question and four answers; 1-4 answer it from the keyboard."""

    def __init__(self, number: int, element: Element, parent: QWidget) -> None:
        super().__init__(parent)
        self.element = element
        self.number = number
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.buttons: list[QRadioButton] = []
        for value in range(1, 5):
            button = QRadioButton(self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box takes the keys
            self.group.addButton(button, value)
            layout.addWidget(button)
            self.buttons.append(button)
        self.answered: Callable[[QuestionBox], None] = lambda _box: None

    def set_texts(self, lang: str) -> None:
        question = next(q for q in QUESTIONS if q.element is self.element)
        self.setTitle(f"U{self.number}. {text('Skm', question.name, lang)}")
        self.question.setText(text("Skm", question.question, lang))
        for value, button in enumerate(self.buttons, start=1):
            button.setText(f"{value}   {text('Skm', question.answers[value - 1], lang)}")

    def value(self) -> int:
        return max(0, self.group.checkedId())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4 and not event.modifiers():
            self.buttons[key - Qt.Key.Key_1].setChecked(True)
            self.answered(self)
            event.accept()
            return
        super().keyPressEvent(event)


class SkmQuestionnaire(QDialog):
    def __init__(
        self,
        feedback: FeedbackService,
        desk: str,
        language: str,
        parent: QWidget | None = None,
        kiosk: bool = False,
    ) -> None:
        """``kiosk``: inside the survey kiosk, where no librarian stands by: Esc starts over,
        and a patron who wants an answer is asked to come to the desk."""
        super().__init__(parent)
        self.setObjectName("skmQuestionnaire")
        self.feedback = feedback
        self.desk = desk
        self.lang = language
        self.kiosk = kiosk
        self.sent_suggestion = ""
        self._build()

    def tr(self, english: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The questionnaire speaks the patron's language (``self.lang``), not necessarily
        the desk's: its texts come from the catalog in that language."""
        return text("SkmQuestionnaire", english, self.lang)

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Community Satisfaction Survey (SKM)"))
        # The question being answered is framed, so a patron sees where 1-4 go.
        self.setStyleSheet(
            "QWidget { font-size: 14pt; } QGroupBox { font-weight: bold; }"
            "QGroupBox:focus { border: 3px solid #1565C0; }"
        )
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Please tell us how we served you. Every answer is optional and anonymous: "
                "do not write your name, phone number or e-mail address."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        area = self.area = QScrollArea(self)
        area.setWidgetResizable(True)
        body = QWidget(area)
        layout = QVBoxLayout(body)
        self.boxes: list[QuestionBox] = []
        for number, question in enumerate(QUESTIONS, start=1):
            box = QuestionBox(number, question.element, body)
            box.set_texts(self.lang)
            box.answered = self._next_question
            layout.addWidget(box)
            self.boxes.append(box)
        profile = QGroupBox(self.tr("About you (optional)"), body)
        form = QFormLayout(profile)
        self.profile: dict[str, QComboBox] = {}
        for key, (label, choices) in PROFILE_FIELDS.items():
            combo = QComboBox(profile)
            combo.setObjectName(f"skm_{key}")
            combo.addItem("—", "")
            for value, name in choices.items():
                combo.addItem(text("Skm", name, self.lang), value)
            form.addRow(text("Skm", label, self.lang), combo)
            self.profile[key] = combo
        layout.addWidget(profile)
        suggestion = QGroupBox(self.tr("Suggestion (optional)"), body)
        column = QVBoxLayout(suggestion)
        warning = QLabel(
            self.tr("Do not write names or numbers here: the survey is anonymous."), suggestion
        )
        warning.setWordWrap(True)
        column.addWidget(warning)
        self.suggestion = QPlainTextEdit(suggestion)
        self.suggestion.setObjectName("skmSuggestion")
        self.suggestion.setTabChangesFocus(True)
        column.addWidget(self.suggestion)
        # An answer needs a way to reach the patron: noted by the librarian as a follow-up,
        # with consent, apart from these anonymous answers.
        self.answer_box = QCheckBox(
            self.tr(
                "I would like an answer: the librarian will note how to reach me, apart "
                "from this survey"
            ),
            suggestion,
        )
        self.answer_box.setObjectName("skmWantsAnswer")
        column.addWidget(self.answer_box)
        if self.kiosk:
            self.answer_box.hide()
            ask = QLabel(self.tr("To get an answer, please ask the librarian at the desk."))
            ask.setWordWrap(True)
            column.addWidget(ask)
        layout.addWidget(suggestion)
        area.setWidget(body)
        outer.addWidget(area, 1)
        self.error = QLabel(self)
        self.error.setObjectName("skmError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B71C1C;")
        self.error.hide()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.send_button = self.buttons.addButton(
            self.tr("Send (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("skmSend")
        close = self.tr("Start over (Esc)") if self.kiosk else self.tr("Close (Esc)")
        self.buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(self.send)
        self.resize(900, 760)
        self.boxes[0].setFocus()

    def _next_question(self, box: QuestionBox) -> None:
        index = self.boxes.index(box)
        following = self.boxes[index + 1] if index + 1 < len(self.boxes) else self.profile["sex"]
        following.setFocus()
        self.area.ensureWidgetVisible(following)

    def answers(self) -> dict[Element, int]:
        return {box.element: box.value() for box in self.boxes if box.value()}

    def send(self) -> None:
        suggestion = self.suggestion.toPlainText()[: SUGGESTION_MAX + 1]
        profile = {key: str(combo.currentData() or "") for key, combo in self.profile.items()}
        try:
            self.feedback.answer_survey(self.answers(), self.desk, profile, suggestion)
        except DeskAssistantError as exc:
            self.error.setText(exc.user_message(self.lang))
            self.error.show()
            return
        self.sent_suggestion = " ".join(suggestion.split())
        self.accept()

    def wants_answer(self) -> bool:
        return self.answer_box.isChecked()
