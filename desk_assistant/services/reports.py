"""How the desk serves: the report of a period, for the reports view and the exports."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import sqlite_utils

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.report import Report, ReportFilter
from desk_assistant.domain.vocabulary import Need, Segment
from desk_assistant.exports.charts import ReportCharts
from desk_assistant.exports.report import report_charts
from desk_assistant.exports.report_figures import (
    Figure,
    breakdowns,
    comparison_header,
    filter_text,
    key_figures,
    made_at_line,
    option_header,
    option_rows,
    satisfaction_header,
    satisfaction_tables,
    value_name,
)
from desk_assistant.i18n import Lang
from desk_assistant.storage.reports import build_report, desks_and_staff


def period_report(
    db: sqlite_utils.Database,
    clock: Clock,
    since: date,
    until: date,
    report_filter: ReportFilter | None = None,
) -> Report:
    """The report of the days ``since`` to ``until`` (both included) for the interactions
    ``report_filter`` keeps, beside the previous period of the same length, made now: what
    the reports view shows and every export prints."""
    now = clock()
    report = build_report(db, since, until, now.date(), report_filter, compare=True)
    report.made_at = now
    if report.previous is not None:
        report.previous.made_at = now
    return report


class ReportService:
    """The desk's figures for a period (no personal data: open to every role)."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock) -> None:
        self._db = db
        self.clock = clock
        self._people: tuple[list[str], list[str]] | None = None

    def report(self, since: date, until: date, report_filter: ReportFilter | None = None) -> Report:
        """The figures of the days ``since`` to ``until`` (both included)."""
        return period_report(self._db, self.clock, since, until, report_filter)

    @staticmethod
    def key_figures(report: Report, lang: str) -> list[Figure]:
        return key_figures(report, lang)

    @staticmethod
    def comparison_header(report: Report, lang: str) -> tuple[str, str, str, str]:
        return comparison_header(report, lang)

    @staticmethod
    def option_table(
        report: Report, lang: str, option_names: Mapping[str, str]
    ) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        """The options' header and rows: offered, offer rate, chosen, take-up."""
        return option_header(lang), list(option_rows(report, lang, option_names))

    @staticmethod
    def breakdowns(report: Report, lang: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
        return breakdowns(report, lang)

    @staticmethod
    def satisfaction_tables(
        report: Report, lang: str
    ) -> list[tuple[str, str, list[tuple[str, str, str, str]]]]:
        """The patrons' ratings by need, outcome, segment and desk (never by staff)."""
        return satisfaction_tables(report, lang)

    @staticmethod
    def satisfaction_header(lang: str) -> tuple[str, ...]:
        return satisfaction_header(lang)

    @staticmethod
    def value_name(dimension: str, value: str, lang: str) -> str:
        return value_name(dimension, value, lang)

    @staticmethod
    def filter_text(report: Report, lang: str) -> str:
        return filter_text(report, lang)

    @staticmethod
    def made_at_line(report: Report, lang: str) -> str:
        return made_at_line(report, lang)

    def desks_and_staff(self) -> tuple[list[str], list[str]]:
        """Every desk and staff member that ever served."""
        return desks_and_staff(self._db)

    def known_values(self, dimension: str) -> tuple[str, ...]:
        """The values a filter on ``dimension`` may take: the desks and staff that served
        (read once; the view adds those its reports show), every segment, language and
        need."""
        if self._people is None:
            self._people = self.desks_and_staff()
        return {
            "desk": tuple(self._people[0]),
            "staff": tuple(self._people[1]),
            "segment": tuple(segment.value for segment in Segment),
            "language": tuple(lang.value for lang in Lang),
            "need": tuple(need.value for need in Need),
        }[dimension]

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
