"""Starting a shift (who, which desk, the 6A self-check) and its summary at the end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.domain.shift import Shift, ShiftSummary
from desk_assistant.errors import ValidationError
from desk_assistant.services.desk import MAX_NAME_LENGTH, DeskService
from desk_assistant.ui.labels import duration_text, need_label
from desk_assistant.ui.look import TextDialog


class ShiftStartDialog(TextDialog):
    """Asks for the librarian's name or initials and the desk, and shows the 6A."""

    def __init__(
        self,
        desk: DeskService,
        staff: str,
        desk_name: str,
        lang: str,
        headline: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shiftStartDialog")
        self.desk = desk
        self.lang = lang
        self.shift: Shift | None = None
        self.setWindowTitle(self.tr("Start a shift"))
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "Check your attitude at the door: whatever happened before, the patron in "
                "front of you gets a friendly, helpful face."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if headline:
            self.headline_label = QLabel(headline, self)
            self.headline_label.setObjectName("shiftHeadline")
            layout.addWidget(self.headline_label)

        form = QFormLayout()
        self.staff_edit = QLineEdit(staff, self)
        self.staff_edit.setObjectName("staffEdit")
        self.staff_edit.setMaxLength(MAX_NAME_LENGTH)
        self.staff_edit.setPlaceholderText(self.tr("e.g. Sari or SW"))
        listed = desk.desks()
        self.desk_edit: QLineEdit | QComboBox
        if listed:
            # The supervisor keeps the list of desks: a shift picks one, it types none.
            self.desk_edit = QComboBox(self)
            self.desk_edit.addItems(listed)
            if desk_name in listed:
                self.desk_edit.setCurrentText(desk_name)
        else:
            self.desk_edit = QLineEdit(desk_name, self)
            self.desk_edit.setMaxLength(MAX_NAME_LENGTH)
            self.desk_edit.setPlaceholderText(self.tr("e.g. Circulation desk 1"))
        self.desk_edit.setObjectName("deskEdit")
        form.addRow(self.tr("&Your name or initials:"), self.staff_edit)
        form.addRow(self.tr("&Desk:"), self.desk_edit)
        layout.addLayout(form)

        check = QGroupBox(self.tr("6A self-check"), self)
        check_layout = QVBoxLayout(check)
        for title, text in self.six_a():
            label = QLabel(f"<b>{title}</b> — {text}", check)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            check_layout.addWidget(label)
        layout.addWidget(check)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Quit"), self)
        self.start_button = QPushButton(self.tr("Start shift"), self)
        self.start_button.setObjectName("startShiftButton")
        self.start_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        self._connect_signals()
        (self.desk_edit if staff and not desk_name else self.staff_edit).setFocus()

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)

    def six_a(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Ability"), self.tr("I know the services and communicate clearly.")),
            (self.tr("Attitude"), self.tr("I am friendly and patient with every patron.")),
            (self.tr("Appearance"), self.tr("I am neat and my desk is tidy.")),
            (self.tr("Attention"), self.tr("I give full attention: listen, understand the need.")),
            (self.tr("Action"), self.tr("I act at once: fast, accurate, friendly.")),
            (self.tr("Accountability"), self.tr("I keep every promise made to a patron.")),
        ]

    def start(self) -> None:
        try:
            desk = (
                self.desk_edit.currentText()
                if isinstance(self.desk_edit, QComboBox)
                else self.desk_edit.text()
            )
            self.shift = self.desk.start_shift(self.staff_edit.text(), desk)
        except ValidationError as exc:
            self.error_label.setText(exc.user_message(self.lang))
            self.error_label.show()
            self.fit_to_text()
            (self.staff_edit if exc.field == "staff" else self.desk_edit).setFocus()
            return
        self.accept()


class ShiftSummaryDialog(QDialog):
    """What the shift did: patrons served, by need, how long."""

    def __init__(
        self, summary: ShiftSummary, parent: QWidget | None = None, lang: str = "id"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shiftSummaryDialog")
        self.setWindowTitle(self.tr("Shift summary"))
        layout = QVBoxLayout(self)
        shift = summary.shift
        shift_length = (
            (shift.ended_at - shift.started_at).total_seconds() if shift.ended_at else 0.0
        )
        average = summary.total_duration_s / summary.served if summary.served else 0.0
        lines = [
            self.tr("%1 at %2").replace("%1", shift.staff).replace("%2", shift.desk),
            self.tr("Shift length: %1").replace("%1", duration_text(shift_length, lang)),
            self.tr("Patrons served: %1").replace("%1", str(summary.served)),
            self.tr("Abandoned: %1").replace("%1", str(summary.abandoned)),
            self.tr("Average time per patron: %1").replace("%1", duration_text(average, lang)),
        ]
        self.text_label = QLabel("\n".join(lines), self)
        self.text_label.setObjectName("summaryText")
        layout.addWidget(self.text_label)
        if summary.by_need:
            box = QGroupBox(self.tr("By need"), self)
            form = QFormLayout(box)
            for need, count in sorted(summary.by_need.items(), key=lambda item: -item[1]):
                form.addRow(need_label(need), QLabel(str(count), box))
            layout.addWidget(box)
        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
