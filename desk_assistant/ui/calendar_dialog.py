"""The supervisor's library calendar: opening weekdays, cuti bersama, closed and open days.

Every change applies at once (and is recorded in the audit log): the list of closed days
below shows the calendar promised dates are counted on from now on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import format_date
from desk_assistant.services.calendar import NOTE_MAX, CalendarService
from desk_assistant.ui.guard import guarded
from desk_assistant.ui.look import text_scale


class CalendarDialog(QDialog):
    def __init__(
        self,
        calendar: CalendarService,
        who: Callable[[], str],
        language: Callable[[], str],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDialog")
        self.service = calendar
        self.who = who
        self.language = language
        self.today = today
        self._build()
        self.refresh()

    def _build(self) -> None:
        lang = self.language()
        self.setWindowTitle(self.tr("Library calendar"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Promised dates are counted on the days the library is open: its opening "
                "days, less Indonesia's national holidays, cuti bersama if it closes then, "
                "and the days you close it. Each change applies at once."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        days_box = QGroupBox(self.tr("Open on"), self)
        days = QHBoxLayout(days_box)
        names = [format_date(date(2026, 11, 23) + timedelta(days=n), lang) for n in range(7)]
        self.weekday_boxes: list[QCheckBox] = []
        for number, name in enumerate(names):
            box = QCheckBox(name.split(",")[0], days_box)
            box.setObjectName(f"weekday_{number}")
            box.toggled.connect(lambda _c: self._save_weekdays())
            days.addWidget(box)
            self.weekday_boxes.append(box)
        layout.addWidget(days_box)
        self.joint_box = QCheckBox(self.tr("Closed on cuti bersama days"), self)
        self.joint_box.setObjectName("jointLeave")
        self.joint_box.toggled.connect(self._save_joint_leave)
        layout.addWidget(self.joint_box)

        change = QGroupBox(self.tr("A day of its own"), self)
        grid = QGridLayout(change)
        self.day_edit = QDateEdit(change)
        self.day_edit.setObjectName("calendarDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd-MM-yyyy")
        self.day_edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        day_label = QLabel(self.tr("&Day:"), change)
        day_label.setBuddy(self.day_edit)
        self.note_edit = QLineEdit(change)
        self.note_edit.setObjectName("calendarNote")
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("e.g. stocktaking, the regent's decree"))
        note_label = QLabel(self.tr("&Why:"), change)
        note_label.setBuddy(self.note_edit)
        self.close_button = QPushButton(self.tr("&Close the library that day"), change)
        self.open_button = QPushButton(self.tr("&Open the library that day"), change)
        self.forget_button = QPushButton(self.tr("&Back to the rules for that day"), change)
        self.close_button.clicked.connect(lambda: self._set_day(False))
        self.open_button.clicked.connect(lambda: self._set_day(True))
        self.forget_button.clicked.connect(self._forget_day)
        grid.addWidget(day_label, 0, 0)
        grid.addWidget(self.day_edit, 0, 1)
        grid.addWidget(note_label, 0, 2)
        grid.addWidget(self.note_edit, 0, 3)
        buttons = QHBoxLayout()
        for button in (self.close_button, self.open_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 0, 1, 4)
        layout.addWidget(change)

        self.list_label = QLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("closedDays")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Why"), self.tr("Set by")])
        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.list_label.setBuddy(self.table)
        layout.addWidget(self.list_label)
        layout.addWidget(self.table, 1)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("calendarError")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        closing.rejected.connect(self.reject)
        layout.addWidget(closing)
        # Room for the list at any text size, within the screen.
        scale = max(1.0, text_scale())
        screen = self.screen().availableGeometry()
        self.resize(
            min(int(760 * scale), screen.width() - 40), min(int(560 * scale), screen.height() - 40)
        )

    def refresh(self) -> None:
        calendar = self.service.calendar()
        for number, box in enumerate(self.weekday_boxes):
            box.blockSignals(True)
            box.setChecked(number in calendar.opening_days)
            box.blockSignals(False)
        self.joint_box.blockSignals(True)
        self.joint_box.setChecked(calendar.joint_leave)
        self.joint_box.blockSignals(False)
        lang = self.language()
        last = self.today + timedelta(days=365)
        self.list_label.setText(
            self.tr("Closed days &until %1 (and days opened specially):").replace(
                "%1", format_date(last, lang, weekday=False)
            )
        )
        rows = self.service.closed_days(self.today, last)
        self.table.setRowCount(len(rows))
        for row, (day, reason, own) in enumerate(rows):
            opened = day in calendar.openings
            why = self.tr("open: %1").replace("%1", reason) if opened else reason
            cells = (
                format_date(day, lang),
                why,
                self.tr("you (supervisor)") if own else self.tr("national calendar"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
                self.table.setItem(row, column, item)

    def _row_chosen(self) -> None:
        items = self.table.selectedItems()
        if items:
            day = date.fromisoformat(str(items[0].data(Qt.ItemDataRole.UserRole)))
            self.day_edit.setDate(QDate(day.year, day.month, day.day))

    def _day(self) -> date:
        chosen = self.day_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def _apply(self, action: Callable[[], None]) -> None:
        """Run a change; say in plain words what went wrong (nothing changes then)."""
        try:
            action()
        except DeskAssistantError as exc:
            self.error_label.setText(exc.user_message(self.language()))
            self.error_label.show()
        else:
            self.error_label.hide()
        self.refresh()

    @guarded
    def _save_weekdays(self) -> None:
        chosen = frozenset(n for n, box in enumerate(self.weekday_boxes) if box.isChecked())
        self._apply(lambda: self.service.set_opening_days(chosen, self.who()))

    @guarded
    def _save_joint_leave(self, closes: bool) -> None:
        self._apply(lambda: self.service.set_joint_leave(closes, self.who()))

    @guarded
    def _set_day(self, is_open: bool) -> None:
        day, note = self._day(), self.note_edit.text()
        if is_open:
            self._apply(lambda: self.service.open_day(day, note, self.who()))
        else:
            self._apply(lambda: self.service.close_day(day, note, self.who()))
        self.note_edit.clear()

    @guarded
    def _forget_day(self) -> None:
        day = self._day()
        self._apply(lambda: self.service.forget_day(day, self.who()))
