"""How the desk serves: the report of a period, for the reports view and the exports."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import sqlite_utils

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.report import Report
from desk_assistant.exports.charts import ReportCharts
from desk_assistant.exports.report import report_charts
from desk_assistant.storage.reports import build_report


class ReportService:
    """The desk's figures for a period (no personal data: open to every role)."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock) -> None:
        self._db = db
        self.clock = clock

    def report(self, since: date, until: date) -> Report:
        """The figures of the days ``since`` to ``until`` (both included)."""
        now = self.clock()
        report = build_report(self._db, since, until, now.date())
        report.made_at = now
        return report

    def charts(
        self, report: Report, lang: str, option_names: Mapping[str, str], dpi: int = 100
    ) -> ReportCharts:
        """What to draw for ``report`` in ``lang`` (``option_names``: the pack's labels);
        its ``draw()`` may run on any thread."""
        return report_charts(report, lang, option_names, dpi)

    @staticmethod
    def warm_up_charts() -> None:
        """Load the charting library now (while a PIN is typed, say), on another thread."""
        from desk_assistant.exports import charts

        charts.warm_up()
