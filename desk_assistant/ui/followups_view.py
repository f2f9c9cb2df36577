"""The Follow-ups view: the queue of promises, and the means to keep each one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.followup import (
    Attempt,
    FollowUp,
    Status,
)
from desk_assistant.domain.queue import QueueFilter, When
from desk_assistant.i18n import format_number
from desk_assistant.services.followups import FollowUpService
from desk_assistant.services.packs import PackService
from desk_assistant.ui.followup_detail import FollowUpDetail
from desk_assistant.ui.followup_queue_model import FollowUpQueueModel
from desk_assistant.ui.guard import guarded
from desk_assistant.ui.key_legend import KEY_SEPARATOR, Legend, render
from desk_assistant.ui.labels import status_label
from desk_assistant.ui.retranslating import Retranslating


class FollowUpsView(Retranslating, QWidget):
    """Quick filters, search, the queue and the detail of the chosen follow-up.

    Signals:
        counts_changed(): the due-today / overdue headline may have changed.
        handover_requested(): print the shift handover sheet.
    """

    counts_changed = Signal()
    notice = Signal(str)  # what an action just did, for the status bar
    handover_requested = Signal()

    def __init__(
        self,
        service: FollowUpService,
        packs: PackService,
        language: Callable[[], str],
        who: Callable[[], str],
        library: Callable[[], str],
        clock: Clock,
        authorise_reveal: Callable[[FollowUp], bool] = lambda _f: True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsView")
        self.service = service
        self.language = language
        self.model = FollowUpQueueModel(service, self)
        self.detail = FollowUpDetail(
            service, packs, language, who, library, clock, authorise_reveal, self
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self.attempt_pending = False
        self._build()
        self._connect_signals()
        self.retranslate()
        # The queue is read when the tab is opened (MainWindow.show_view / tab change).

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 4)
        bar = QHBoxLayout()
        self.when_group = QButtonGroup(self)
        self.when_buttons: dict[When, QPushButton] = {}
        for when in When:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setObjectName(f"when_{when.value}")
            self.when_group.addButton(button)
            self.when_buttons[when] = button
            bar.addWidget(button)
        self.when_buttons[When.ALL].setChecked(True)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem("", "active")
        for status in Status:
            self.status_combo.addItem("", status.value)
        self.status_combo.addItem("", "any")
        self.desk_combo = QComboBox(self)
        self.desk_combo.setObjectName("deskFilter")
        self.staff_combo = QComboBox(self)
        self.staff_combo.setObjectName("staffFilter")
        self.flagged_box = QCheckBox(self)
        self.flagged_box.setObjectName("flaggedFilter")
        bar.addWidget(self.flagged_box)
        bar.addStretch(1)
        self.handover_button = QPushButton(self)
        self.handover_button.setObjectName("handoverButton")
        bar.addWidget(self.handover_button)
        outer.addLayout(bar)
        # A second row, so the view fits 1366 px even at double text size.
        people = QHBoxLayout()
        for combo in (self.status_combo, self.desk_combo, self.staff_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            people.addWidget(combo, 1)
        people.addStretch(1)
        outer.addLayout(people)

        search_row = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.count_label)
        outer.addLayout(search_row)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableView(splitter)
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self._size_columns()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 650])
        outer.addWidget(splitter, 1)
        # The legend: exactly the keys that work where the focus is (see update_legend).
        self.keys_label = QLabel(self)
        self.keys_label.setObjectName("keysLabel")
        self.keys_label.setWordWrap(True)
        self.keys_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys_label.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.keys_label)

    @guarded
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        """Text size changed while the view is open: the columns follow it at once."""
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._size_columns)
        super().changeEvent(event)

    def _size_columns(self) -> None:
        """Column widths from the text size, so they stay right at any text size."""
        metrics = self.table.fontMetrics()
        samples = (
            "TL-WWWWW",
            "00-00-0000",
            "In progress",
            "W" * 14,
            "W*** W***",
            "0812-****-0000",
            "00 ⚑",
            "Meja Sirkulasi 1",
            "WWWWW",
        )
        for column, sample in enumerate(samples):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)

    def _connect_signals(self) -> None:
        self.when_group.buttonClicked.connect(lambda _b: self.apply_filter())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.desk_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.staff_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.flagged_box.toggled.connect(lambda _c: self.apply_filter())
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.detail.changed.connect(self._followup_changed)
        self.handover_button.clicked.connect(self.handover_requested.emit)
        self.table.installEventFilter(self)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search_edit.setFocus)
        QShortcut(QKeySequence("Ctrl+R"), self, self._reveal)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # --- the legend ----------------------------------------------------------------------

    def legend(self) -> Legend:
        """The keys that work where the focus is in the follow-ups view."""
        if self.attempt_pending:
            return [
                ("1–7", self.tr("the kind of attempt, as numbered on the right")),
                ("Esc", self.tr("cancel")),
            ]
        focused = QApplication.focusWidget()
        chosen = self.detail.followup is not None
        entries: Legend = []
        if focused is self.table:
            entries.append((f"↑{KEY_SEPARATOR}↓", self.tr("choose a follow-up")))
            if chosen:
                entries.append(("A", self.tr("log a contact attempt")))
        entries.append(("Tab", self.tr("next field")))
        entries.append(("Ctrl+F", self.tr("search")))
        if chosen and not self.detail.reveal_button.isHidden():
            entries.append(("Ctrl+R", self.tr("reveal the contact")))
        return entries

    def _reveal(self) -> None:
        self.detail.reveal()
        self.update_legend()

    def update_legend(self) -> None:
        self.keys_label.setText(render(self.legend()))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new):
            self.update_legend()

    def _refill_people(self) -> None:
        desks, staff = self.service.desks_and_staff()
        for combo, values in ((self.desk_combo, desks), (self.staff_combo, staff)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(
                self.tr("All desks") if combo is self.desk_combo else self.tr("All staff"), ""
            )
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._size_columns()
        # Named for screen readers (these controls have no label of their own).
        self.status_combo.setAccessibleName(self.tr("Status shown"))
        self.desk_combo.setAccessibleName(self.tr("Desk shown"))
        self.staff_combo.setAccessibleName(self.tr("Staff shown"))
        self.search_edit.setAccessibleName(self.tr("Search follow-ups"))
        self.table.setAccessibleName(self.tr("Follow-up queue"))
        labels = {
            When.ALL: self.tr("All"),
            When.OVERDUE: self.tr("Overdue"),
            When.TODAY: self.tr("Due today"),
            When.UPCOMING: self.tr("Upcoming"),
        }
        for when, button in self.when_buttons.items():
            button.setText(labels[when])
        for index in range(self.status_combo.count()):
            value = self.status_combo.itemData(index)
            text = {
                "active": self.tr("Active (open, in progress)"),
                "any": self.tr("Any status"),
            }.get(value) or status_label(value)
            self.status_combo.setItemText(index, text)
        self.desk_combo.setItemText(0, self.tr("All desks"))
        self.staff_combo.setItemText(0, self.tr("All staff"))
        self.flagged_box.setText(self.tr("Flagged only ⚑"))
        # Short enough to show whole at double text size; the example is in the tooltip.
        self.search_edit.setPlaceholderText(self.tr("Search code, item or name (Ctrl+F)"))
        self.search_edit.setToolTip(
            self.tr("Search by code, item or patron name (Ctrl+F), e.g. TL-7K3M or Budi")
        )
        self.handover_button.setText(self.tr("Handover sheet…"))
        self.update_legend()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._show_count()

    # --- filtering -----------------------------------------------------------------------

    def current_filter(self) -> QueueFilter:
        when = next(w for w, b in self.when_buttons.items() if b.isChecked())
        status_value = self.status_combo.currentData()
        if status_value == "active":
            statuses: tuple[Status, ...] = ()
        elif status_value == "any":
            statuses = tuple(Status)
        else:
            statuses = (Status(status_value),)
        return QueueFilter(
            when=when,
            statuses=statuses,
            desk=self.desk_combo.currentData() or "",
            staff=self.staff_combo.currentData() or "",
            flagged_only=self.flagged_box.isChecked(),
            search=self.search_edit.text(),
        )

    def apply_filter(self) -> None:
        selected = self.detail.followup.id if self.detail.followup else None
        self.model.set_filter(self.current_filter())
        self._show_count()
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        elif self.model.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self.detail.show_followup(None)

    def refresh(self) -> None:
        self._refill_people()
        self.apply_filter()

    def _show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(
            self.tr("1 follow-up")
            if total == 1
            else self.tr("%1 follow-ups").replace("%1", format_number(total, self.language()))
        )

    def _row_changed(self, current: object, _previous: object) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.detail.show_followup(self.model.row_at(index.row()).id)
        self.update_legend()

    def _followup_changed(self, followup_id: int) -> None:
        self.model.reload()
        row = self.model.row_of(followup_id)
        if row >= 0:
            self.table.selectRow(row)
        self._show_count()
        self.counts_changed.emit()

    @guarded
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """On the queue: A, then 1–7 logs a contact attempt for the chosen follow-up."""
        if watched is not self.table or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key == Qt.Key.Key_A and self.detail.followup is not None:
            self.attempt_pending = True
            self.update_legend()
            self.notice.emit(self.tr("Contact attempt: now press 1–7 (any other key: cancel)."))
            return True
        if self.attempt_pending:
            self.attempt_pending = False
            self.update_legend()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_7:
                self.detail.log_attempt(list(Attempt)[key - Qt.Key.Key_1])
                return True
            if key == Qt.Key.Key_Escape:
                return True
        return super().eventFilter(watched, event)
