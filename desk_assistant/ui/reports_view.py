"""The Reports view: how the desk serves its patrons, as charts with the numbers beside."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.periods import Preset, default_preset, preset_range
from desk_assistant.domain.report import Report
from desk_assistant.i18n import format_date, format_duration, format_number, format_percent
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

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        self.body_layout = QVBoxLayout(body)
        self.figures_box = QGroupBox(body)
        self.figures = QFormLayout(self.figures_box)
        self.figure_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "interactions",
            "median",
            "unavailable",
            "next_step",
            "fu_created",
            "fu_open",
            "fu_overdue",
            "first_attempt",
            "resolve",
            "on_time",
        ):
            name, value = QLabel(self.figures_box), QLabel(self.figures_box)
            value.setObjectName(f"figure_{key}")
            name.setProperty("role", "factName")
            self.figures.addRow(name, value)
            self.figure_labels[key] = (name, value)
        self.body_layout.addWidget(self.figures_box)
        self.charts_grid = QGridLayout()
        self.chart_labels: dict[str, QLabel] = {}
        for index, key in enumerate(("heatmap", "needs", "outcomes", "options")):
            label = QLabel(body)
            label.setObjectName(f"chart_{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.charts_grid.addWidget(label, index // 2, index % 2)
            self.chart_labels[key] = label
        self.body_layout.addLayout(self.charts_grid)
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
            "interactions": self.tr("Interactions"),
            "median": self.tr("Median time per patron"),
            "unavailable": self.tr("Material not available"),
            "next_step": self.tr("Left with a next step (goal 100 %)"),
            "fu_created": self.tr("Follow-ups promised"),
            "fu_open": self.tr("Follow-ups open (as of %1)"),
            "fu_overdue": self.tr("Follow-ups overdue (as of %1)"),
            "first_attempt": self.tr("Median time to first contact attempt"),
            "resolve": self.tr("Median time to resolve"),
            "on_time": self.tr("Resolved by the promised date"),
        }
        self._names = names
        for key, (name, _value) in self.figure_labels.items():
            name.setText(names[key].replace("%1", "…"))
        if self._built:
            self.show_report()

    # --- content -------------------------------------------------------------------------

    def refresh(self) -> None:
        since, until = self.period()
        self.report = self.reports.report(since, until)
        self._built = True
        self.show_report()

    def show_report(self) -> None:
        report = self.report
        if report is None:
            return

        lang = self.language()
        # A snapshot says when it was taken: these two are "now", not the period's.
        made = report.made_at
        when = f"{format_date(made.date(), lang, weekday=False)} {made:%H:%M}" if made else "—"
        for key in ("fu_open", "fu_overdue"):
            self.figure_labels[key][0].setText(self._names[key].replace("%1", when))

        def number(value: float, decimals: int = 0) -> str:
            return format_number(value, lang, decimals)

        def hours(value: float | None) -> str:
            return "—" if value is None else self.tr("%1 h").replace("%1", number(value, 1))

        values = {
            "interactions": number(report.interactions),
            "median": "—"
            if report.median_duration_s is None
            else format_duration(report.median_duration_s, lang),
            "unavailable": number(report.unavailable),
            "next_step": format_percent(report.next_step_share, lang),
            "fu_created": number(report.followups_created),
            "fu_open": number(report.followups_open),
            "fu_overdue": number(report.followups_overdue),
            "first_attempt": hours(report.median_hours_to_first_attempt),
            "resolve": hours(report.median_hours_to_resolve),
            "on_time": format_percent(report.on_time_share, lang),
        }
        for key, (_name, label) in self.figure_labels.items():
            label.setText(values[key])
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

        threading.Thread(target=work, name="report-charts", daemon=True).start()

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
        for index, key in enumerate(self.chart_labels):
            self.charts_grid.addWidget(self.chart_labels[key], index // columns, index % columns)
        return self.reports.charts(report, lang, names, dpi=round(100 * scale)).draw
