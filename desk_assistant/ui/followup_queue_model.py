"""The follow-up queue as a table model: pages fetched from SQL, contact always masked."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desk_assistant.domain.followup import ACTIVE_STATUSES
from desk_assistant.domain.queue import QueueFilter, QueueRow
from desk_assistant.services.followups import FollowUpService
from desk_assistant.ui.labels import status_label
from desk_assistant.ui.look import colours

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

COLUMNS = ("code", "due", "status", "title", "patron", "contact", "attempts", "desk", "staff")


def format_short_date(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "—"


class FollowUpQueueModel(QAbstractTableModel):
    """Rows are fetched a page at a time (``fetchMore``), filtered and sorted in SQL."""

    def __init__(self, service: FollowUpService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.filter = QueueFilter()
        self._rows: list[QueueRow] = []
        self._total = 0
        self._today = service.today()
        self._flag_after = service.flag_after

    # --- loading -------------------------------------------------------------------------

    def set_filter(self, filt: QueueFilter) -> None:
        self.beginResetModel()
        self.filter = filt
        self._today = self.service.today()
        self._flag_after = self.service.flag_after
        self._total = self.service.count(filt)
        self._rows = self.service.page(filt, PAGE_SIZE)
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter)

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        more = self.service.page(self.filter, PAGE_SIZE, self._rows[-1] if self._rows else None)
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def row_of(self, followup_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == followup_id), -1)

    # --- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return {
            "code": translate("FollowUpQueueModel", "Code"),
            "due": translate("FollowUpQueueModel", "Due"),
            "status": translate("FollowUpQueueModel", "Status"),
            "title": translate("FollowUpQueueModel", "Item"),
            "patron": translate("FollowUpQueueModel", "Patron"),
            "contact": translate("FollowUpQueueModel", "Contact"),
            "attempts": translate("FollowUpQueueModel", "Attempts"),
            "desk": translate("FollowUpQueueModel", "Desk"),
            "staff": translate("FollowUpQueueModel", "Staff"),
        }[COLUMNS[section]]

    def flagged(self, row: QueueRow) -> bool:
        return row.status in ACTIVE_STATUSES and row.failed_attempts >= self._flag_after

    def overdue(self, row: QueueRow) -> bool:
        return row.status in ACTIVE_STATUSES and row.due is not None and row.due < self._today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == "attempts" and self.flagged(row):
            return translate(
                "FollowUpQueueModel", "Flagged for the supervisor: %1 failed attempts"
            ).replace("%1", str(row.failed_attempts))
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return self._colour(row, column, role == Qt.ItemDataRole.BackgroundRole)
        return None

    def _colour(self, row: QueueRow, column: str, background: bool) -> QBrush | None:
        """Overdue rows in the warning colours, rows due today in the hint's (the look's
        pairs, which meet 4.5:1 in the normal and the high-contrast look)."""
        look = colours()
        if self.overdue(row):
            pair = (look.warn_bg, look.warn_fg if column == "due" else look.text)
        elif row.status in ACTIVE_STATUSES and row.due == self._today:
            pair = (look.hint_bg, look.hint_fg)
        else:
            return None
        return QBrush(QColor(pair[0] if background else pair[1]))

    def _display(self, row: QueueRow, column: str) -> str:
        if column == "code":
            return row.code
        if column == "due":
            return format_short_date(row.due)
        if column == "status":
            return status_label(row.status)
        if column == "title":
            return row.title
        if column == "patron":
            return row.patron_name or "—"  # masked by the service
        if column == "contact":
            return row.phone or row.email or "—"
        if column == "attempts":
            return f"{row.attempts} ⚑" if self.flagged(row) else str(row.attempts)
        if column == "desk":
            return row.desk
        return row.staff
