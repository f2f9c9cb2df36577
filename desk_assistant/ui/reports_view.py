"""The Reports view: how the desk serves its patrons, as charts with the numbers beside."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.periods import Preset, default_preset, preset_range
from desk_assistant.domain.report import DIMENSIONS, SATISFACTION_BY, Report, ReportFilter
from desk_assistant.services.packs import PackService
from desk_assistant.services.reports import ReportService
from desk_assistant.ui.labels import preset_label
from desk_assistant.ui.look import LARGE_TEXT, text_scale
from desk_assistant.ui.retranslating import Retranslating

log = logging.getLogger(__name__)


class ReportsView(Retranslating, QWidget):
    """A date range, the key figures, and the charts.

    Signals:
        print_requested(): save the report as a PDF.
        export_requested(str): export statistics in a format (csv, xlsx, pdf).
    """

    print_requested = Signal()
    export_requested = Signal(str)
    # (generation, {chart: PNG}) from the drawing thread, delivered on the GUI thread.
    _charts_drawn = Signal(int, object)

    def __init__(
        self,
        reports: ReportService,
        packs: PackService,
        language: Callable[[], str],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.reports = reports
        self.packs = packs
        self.language = language
        self.clock = clock
        self.report: Report | None = None
        self.chart_png: dict[str, bytes] = {}
        self._chart_generation = 0  # stale drawings (an older range) are dropped
        self._built = False
        self._setting_preset = False
        self._seen: dict[str, set[str]] = {}
        self._build()
        self._connect_signals()
        self.retranslate()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 4)
        bar = QHBoxLayout()
        today = self.clock().date()
        first, last = preset_range(default_preset(today), today)
        self.since_edit = QDateEdit(self)
        self.since_edit.setObjectName("sinceEdit")
        self.until_edit = QDateEdit(self)
        self.until_edit.setObjectName("untilEdit")
        for edit, day in ((self.since_edit, first), (self.until_edit, last)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(QDate(day.year, day.month, day.day))
        self.since_label = QLabel(self)
        self.until_label = QLabel(self)
        # The period by name (exact ranges, see domain.periods), or the dates typed.
        self.preset_label = QLabel(self)
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.addItem("", None)  # the dates as typed
        for preset in Preset:
            self.preset_combo.addItem("", preset.value)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(default_preset(today).value))
        self.preset_label.setBuddy(self.preset_combo)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshReport")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printReport")
        self.csv_button = QPushButton("CSV", self)
        self.xlsx_button = QPushButton("XLSX", self)
        for widget in (
            self.since_label,
            self.since_edit,
            self.until_label,
            self.until_edit,
            self.refresh_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        outer.addLayout(bar)
        # A second row, so the view fits 1366 px even at double text size.
        bar = QHBoxLayout()
        bar.addWidget(self.preset_label)
        bar.addWidget(self.preset_combo)
        bar.addStretch(1)
        for button in (self.print_button, self.csv_button, self.xlsx_button):
            bar.addWidget(button)
        outer.addLayout(bar)

        # Which interactions: all, or one desk, staff member, segment, language or need.
        filters = QHBoxLayout()
        self.filter_labels: dict[str, QLabel] = {}
        self.filter_combos: dict[str, QComboBox] = {}
        for dimension in DIMENSIONS:
            label, combo = QLabel(self), QComboBox(self)
            combo.setObjectName(f"filter_{dimension}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem("", None)  # all
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            self.filter_labels[dimension] = label
            self.filter_combos[dimension] = combo
        filters.addStretch(1)
        outer.addLayout(filters)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        self.body_layout = QVBoxLayout(body)
        self.made_label = QLabel(body)
        self.made_label.setWordWrap(True)
        self.made_label.setObjectName("reportMade")
        self.body_layout.addWidget(self.made_label)
        self.figures_box = QGroupBox(body)
        self.figures = QGridLayout(self.figures_box)
        self.figures.setColumnStretch(0, 3)
        self.header_labels = [QLabel(self.figures_box) for _ in range(4)]
        for column, label in enumerate(self.header_labels):
            label.setProperty("role", "factName")
            label.setWordWrap(True)
            if column:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
                self.figures.setColumnStretch(column, 1)
            self.figures.addWidget(label, 0, column)
        # key -> (name, value, previous period's value, change); filled by show_report.
        self.figure_labels: dict[str, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        self.body_layout.addWidget(self.figures_box)
        self.charts_grid = QGridLayout()
        self.chart_labels: dict[str, QLabel] = {}
        for index, key in enumerate(("trend", "heatmap", "needs", "outcomes", "options")):
            label = QLabel(body)
            label.setObjectName(f"chart_{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.charts_grid.addWidget(label, index // 2, index % 2)
            self.chart_labels[key] = label
        self.body_layout.addLayout(self.charts_grid)
        # The options' offer rate and take-up, then the breakdowns, as tables.
        self.tables_grid = QGridLayout()
        self.tables: dict[str, tuple[QLabel, QTableWidget]] = {}
        for key in ("options", *DIMENSIONS, *(f"rating_{d}" for d in SATISFACTION_BY)):
            title, table = QLabel(body), QTableWidget(body)
            title.setProperty("role", "factName")
            table.setObjectName(f"table_{key}")
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
            title.setBuddy(table)
            self.tables[key] = (title, table)
        self.body_layout.addLayout(self.tables_grid)
        self.body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    def _connect_signals(self) -> None:
        self._charts_drawn.connect(self._show_drawn)
        self.refresh_button.clicked.connect(self.refresh)
        self.preset_combo.activated.connect(lambda _i: self.choose_preset())
        # Dates changed by hand: the period is "as typed" (no preset name that would lie).
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self._dates_typed)
        for combo in self.filter_combos.values():
            combo.activated.connect(lambda _i: self.refresh())
        self.print_button.clicked.connect(self.print_requested.emit)
        self.csv_button.clicked.connect(lambda: self.export_requested.emit("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export_requested.emit("xlsx"))

    def choose_preset(self, preset: Preset | None = None) -> None:
        """Show the period ``preset`` (else the one chosen in the list)."""
        if preset is None:
            value = self.preset_combo.currentData()
            if value is None:
                return
            preset = Preset(value)
        since, until = preset_range(preset, self.clock().date())
        self._setting_preset = True
        self.since_edit.setDate(QDate(since.year, since.month, since.day))
        self.until_edit.setDate(QDate(until.year, until.month, until.day))
        self._setting_preset = False
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset.value))
        self.refresh()

    def _dates_typed(self) -> None:
        if not self._setting_preset:
            self.preset_combo.setCurrentIndex(0)

    def report_filter(self) -> ReportFilter:
        """The filter chosen in the combo boxes."""
        return ReportFilter(
            **{dimension: combo.currentData() for dimension, combo in self.filter_combos.items()}
        )

    def _fill_filters(self, report: Report) -> None:
        """Offer every value seen in a report so far (and the segments, languages and
        needs there are), keeping what is chosen."""
        lang = self.language()
        for dimension, combo in self.filter_combos.items():
            seen = self._seen.setdefault(dimension, set())
            seen.update(value for value, count in report.breakdown(dimension).items() if count)
            seen.update(self.reports.known_values(dimension))
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in sorted(seen, key=lambda v: self.reports.value_name(dimension, v, lang)):
                combo.addItem(self.reports.value_name(dimension, value, lang), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def period(self) -> tuple[date, date]:
        a, b = self.since_edit.date(), self.until_edit.date()
        return date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day())

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.since_label.setText(self.tr("From:"))
        self.until_label.setText(self.tr("to:"))
        self.since_edit.setAccessibleName(self.tr("First day of the report"))
        self.until_edit.setAccessibleName(self.tr("Last day of the report"))
        self.preset_label.setText(self.tr("P&eriod:"))
        self.preset_combo.setItemText(0, self.tr("Dates as chosen"))
        for index, preset in enumerate(Preset, start=1):
            self.preset_combo.setItemText(index, preset_label(preset))
        self.refresh_button.setText(self.tr("Show"))
        self.print_button.setText(self.tr("Save as PDF…"))
        self.figures_box.setTitle(self.tr("Key figures"))
        names = {
            "desk": self.tr("Des&k:"),
            "staff": self.tr("St&aff:"),
            "segment": self.tr("Se&gment:"),
            "language": self.tr("Lang&uage:"),
            "need": self.tr("&Need:"),
        }
        for dimension, label in self.filter_labels.items():
            label.setText(names[dimension])
            self.filter_combos[dimension].setItemText(0, self.tr("all"))
        if self._built:
            self.show_report()

    # --- content -------------------------------------------------------------------------

    def refresh(self) -> None:
        since, until = self.period()
        self.report = self.reports.report(since, until, self.report_filter())
        self._built = True
        self.show_report()

    def show_report(self) -> None:
        report = self.report
        if report is None:
            return
        lang = self.language()
        self._fill_filters(report)
        made = self.reports.made_at_line(report, lang)
        shown = self.reports.filter_text(report, lang)
        self.made_label.setText(f"{shown}. {made}" if shown else made)
        compared = report.previous is not None
        for column, text in enumerate(self.reports.comparison_header(report, lang)):
            self.header_labels[column].setText(text)
            self.header_labels[column].setVisible(compared or column < 2)
        for row, figure in enumerate(self.reports.key_figures(report, lang), start=1):
            labels = self.figure_labels.get(figure.key)
            if labels is None:  # the same figures every time: made once, then refilled
                name, value, previous, change = (QLabel(self.figures_box) for _ in range(4))
                labels = (name, value, previous, change)
                name.setWordWrap(True)
                value.setObjectName(f"figure_{figure.key}")
                for column, label in enumerate(labels):
                    if column:
                        label.setAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.figures.addWidget(label, row, column)
                self.figure_labels[figure.key] = labels
            name, value, previous, change = labels
            name.setText(("    " if figure.indent else "") + figure.name)
            name.setProperty("role", "" if figure.indent else "factName")
            value.setText(figure.value)
            previous.setText(figure.previous)
            change.setText(figure.change)
            for label in (previous, change):
                label.setVisible(compared)
        self._fill_tables(report, lang)
        # The figures show at once; the charts (matplotlib, about a second the first time)
        # are drawn on another thread, so the window stays responsive meanwhile.
        self.chart_png = {}
        for label in self.chart_labels.values():
            label.clear()
            label.setText(self.tr("Drawing the chart…"))
        self._chart_generation += 1
        generation, draw = self._chart_generation, self.chart_drawing(report)

        def work() -> None:
            try:
                pngs = draw()
            except Exception:  # noqa: BLE001 (shown as a message, logged)
                log.exception("Drawing the report's charts failed")
                pngs = {}
            with contextlib.suppress(RuntimeError):  # the view was closed meanwhile
                self._charts_drawn.emit(generation, pngs)

        # Not a daemon: a drawing cut off by the program's exit would abort the process
        # (matplotlib mid-draw while the interpreter shuts down); it ends in a second.
        threading.Thread(target=work, name="report-charts").start()

    def _fill_tables(self, report: Report, lang: str) -> None:
        names = {option.id: option.label.get(lang) for option in self.packs.active.options}
        option_header, option_rows = self.reports.option_table(report, lang, names)
        tables: list[tuple[str, str, Sequence[str], Sequence[Sequence[str]]]] = [
            ("options", self.tr("Options offered and chosen"), option_header, option_rows)
        ]
        count = self.tr("Interactions")
        share = self.tr("Share")
        for dimension, (title, breakdown) in zip(
            DIMENSIONS, self.reports.breakdowns(report, lang), strict=True
        ):
            tables.append((dimension, title, ("", count, share), breakdown))
        rating_header = self.reports.satisfaction_header(lang)
        for dimension, title, rated in self.reports.satisfaction_tables(report, lang):
            tables.append((f"rating_{dimension}", title, rating_header, rated))
        columns = 1 if text_scale() >= LARGE_TEXT else 2
        for index, (key, title, header, rows) in enumerate(tables):
            label, table = self.tables[key]
            label.setText(title)
            table.clear()
            table.setColumnCount(len(header))
            table.setRowCount(len(rows))
            table.setHorizontalHeaderLabels(list(header))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    item = QTableWidgetItem(cell)
                    if c:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    table.setItem(r, c, item)
            table.resizeColumnsToContents()
            table.setFixedHeight(
                table.horizontalHeader().height()
                + sum(table.rowHeight(r) for r in range(table.rowCount()))
                + 2 * table.frameWidth()
            )
            place = 2 * (index // columns)
            corner = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            self.tables_grid.addWidget(label, place, index % columns, corner)
            self.tables_grid.addWidget(table, place + 1, index % columns, corner)

    def _show_drawn(self, generation: int, pngs: dict[str, bytes]) -> None:
        if generation != self._chart_generation:
            return  # a newer range is being drawn
        if not pngs:
            for label in self.chart_labels.values():
                label.setText(self.tr("The chart could not be drawn."))
            return
        self._show_pngs(pngs)

    def _show_pngs(self, pngs: dict[str, bytes]) -> None:
        self.chart_png = pngs
        for key, png in pngs.items():
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            self.chart_labels[key].setPixmap(pixmap)

    def show_charts(self) -> None:
        """Draw the charts now, on this thread (the printed report needs them at once)."""
        if self.report is None:
            return
        self._chart_generation += 1  # a drawing still under way is no longer wanted
        self._show_pngs(self.render_charts(self.report))

    def render_charts(self, report: Report) -> dict[str, bytes]:
        return self.chart_drawing(report)()

    def chart_drawing(self, report: Report) -> Callable[[], dict[str, bytes]]:
        """What to draw, with every text taken now (on the GUI thread); call it anywhere."""
        lang = self.language()
        names = {option.id: option.label.get(lang) for option in self.packs.active.options}
        # Charts grow with the text, and stand one under the other when two would not fit.
        scale = min(2.0, max(1.0, text_scale()))
        columns = 1 if scale >= LARGE_TEXT else 2
        # The trend over the period first, then the others, two a row.
        others = [key for key in self.chart_labels if key != "trend"]
        self.charts_grid.addWidget(self.chart_labels["trend"], 0, 0, 1, columns)
        for index, key in enumerate(others):
            self.charts_grid.addWidget(
                self.chart_labels[key], 1 + index // columns, index % columns
            )
        return self.reports.charts(report, lang, names, dpi=round(100 * scale)).draw
