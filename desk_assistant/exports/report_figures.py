"""What a report says, in words and figures: the key figures beside the previous period,
the options' offer rate and take-up, and the breakdowns. The reports view, the PDF and the
stats workbook's summary sheet all show these lists (one wording, one set of figures).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desk_assistant.domain.report import DIMENSIONS, SATISFACTION_BY, Report, TrendUnit
from desk_assistant.exports.texts import (
    HEADERS,
    LANGUAGES,
    MADE_AT,
    NEEDS,
    OPTIONS,
    OUTCOMES,
    REPORT_TITLE,
    SEGMENTS,
    export_text,
    named,
)
from desk_assistant.i18n import (
    QT_TRANSLATE_NOOP,
    format_date,
    format_duration,
    format_number,
    format_percent,
)


@dataclass(frozen=True)
class Figure:
    """One key figure: its name, its value, and (period figures) the previous period's
    value and the change; a snapshot ("as of") has no previous value."""

    key: str
    name: str
    value: str
    previous: str = ""
    change: str = ""
    indent: bool = False  # a part of the figure above it


def _made(report: Report, lang: str) -> str:
    made = report.made_at
    return f"{format_date(made.date(), lang, weekday=False)} {made:%H:%M}" if made else "—"


def made_at_line(report: Report, lang: str) -> str:
    """ "Made <when>. The figures are about the period, except those marked 'as of'."."""
    return export_text(MADE_AT, lang).replace("%1", _made(report, lang))


def period_text(since: date, until: date, lang: str) -> str:
    return f"{format_date(since, lang, weekday=False)} – {format_date(until, lang, weekday=False)}"


def filter_text(report: Report, lang: str) -> str:
    """What the report counts, e.g. "Desk: Meja 1; Segment: Student" ("" for everything)."""
    return "; ".join(
        f"{export_text(HEADERS[dimension], lang)}: {value_name(dimension, value, lang)}"
        for dimension, value in report.filter.items()
    )


def value_name(dimension: str, value: str, lang: str) -> str:
    """A breakdown's value in words (desks and staff are names already)."""
    by_dimension: dict[str, Mapping[Any, str]] = {
        "segment": SEGMENTS,
        "language": LANGUAGES,
        "need": NEEDS,
        "outcome": OUTCOMES,
    }
    names = by_dimension.get(dimension)
    return named(names, lang).get(value, value) if names is not None else value


def _signed(value: float, lang: str, decimals: int = 0) -> str:
    text = format_number(abs(value), lang, decimals)
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else "±0"


def _count_change(now: float | None, before: float | None, lang: str) -> str:
    if now is None or before is None:
        return ""
    if not before:
        return _signed(now - before, lang, 1 if now % 1 else 0)
    return f"{_signed((now - before) / before * 100, lang, 1)} %"


def _share_change(now: float | None, before: float | None, lang: str) -> str:
    if now is None or before is None:
        return ""
    points = export_text(QT_TRANSLATE_NOOP("Exports", "%1 points"), lang)
    return points.replace("%1", _signed((now - before) * 100, lang, 1))


# What each key figure counts, said in its name (the medians say what they are of).
FIGURE_NAMES = {
    "interactions": QT_TRANSLATE_NOOP("Exports", "Interactions"),
    "median": QT_TRANSLATE_NOOP("Exports", "Median time per patron served (abandoned not counted)"),
    "unavailable": QT_TRANSLATE_NOOP("Exports", "Material not available"),
    "next_step": QT_TRANSLATE_NOOP("Exports", "Of these, left with a next step (goal 100 %)"),
    "fu_created": QT_TRANSLATE_NOOP("Exports", "Follow-ups promised in the period"),
    "fu_on_time": QT_TRANSLATE_NOOP("Exports", "resolved by the promised date"),
    "fu_late": QT_TRANSLATE_NOOP("Exports", "resolved late"),
    "fu_still_open": QT_TRANSLATE_NOOP("Exports", "still open"),
    "fu_cancelled": QT_TRANSLATE_NOOP("Exports", "cancelled"),
    "fu_unreachable": QT_TRANSLATE_NOOP("Exports", "patron unreachable"),
    "on_time": QT_TRANSLATE_NOOP("Exports", "Resolved by the promised date (of those resolved)"),
    "first_attempt": QT_TRANSLATE_NOOP(
        "Exports", "Median to the first contact attempt (follow-ups of the period attempted)"
    ),
    "resolve": QT_TRANSLATE_NOOP(
        "Exports", "Median to resolve (follow-ups of the period resolved)"
    ),
    "rating": QT_TRANSLATE_NOOP("Exports", "Patrons' rating at the close (1-4)"),
    "no_rating": QT_TRANSLATE_NOOP("Exports", "of those asked, gave no answer"),
    "fu_open": QT_TRANSLATE_NOOP("Exports", "Follow-ups open (as of %1)"),
    "fu_overdue": QT_TRANSLATE_NOOP("Exports", "Follow-ups overdue (as of %1)"),
}


def key_figures(report: Report, lang: str) -> list[Figure]:
    """The report's key figures in ``lang``, each beside the previous period's when the
    report has one (snapshots excepted)."""

    def t(english: str) -> str:
        return export_text(english, lang)

    def number(value: float | None, decimals: int = 0) -> str:
        return "—" if value is None else format_number(value, lang, decimals)

    def duration(value: float | None) -> str:
        return "—" if value is None else format_duration(value, lang)

    def percent(value: float | None) -> str:
        return format_percent(value, lang)

    def hours(value: float | None) -> str:
        return (
            "—"
            if value is None
            else t(QT_TRANSLATE_NOOP("Exports", "%1 h")).replace("%1", number(value, 1))
        )

    # (key, value of a report, shown as, change as, part of the one above)
    rows: list[tuple[str, Callable[[Report], Any], Callable[[Any], str], Callable[..., str], bool]]
    rows = [
        ("interactions", lambda r: r.interactions, number, _count_change, False),
        ("median", lambda r: r.median_duration_s, duration, _count_change, False),
        ("unavailable", lambda r: r.unavailable, number, _count_change, False),
        ("next_step", lambda r: r.next_step_share, percent, _share_change, False),
        ("fu_created", lambda r: r.followups_created, number, _count_change, False),
        ("fu_on_time", lambda r: r.resolved_on_time, number, _count_change, True),
        ("fu_late", lambda r: r.resolved_late, number, _count_change, True),
        ("fu_still_open", lambda r: r.still_open, number, _count_change, True),
        ("fu_cancelled", lambda r: r.cancelled, number, _count_change, True),
        ("fu_unreachable", lambda r: r.unreachable, number, _count_change, True),
        ("on_time", lambda r: r.on_time_share, percent, _share_change, False),
        ("first_attempt", lambda r: r.median_hours_to_first_attempt, hours, _count_change, False),
        ("resolve", lambda r: r.median_hours_to_resolve, hours, _count_change, False),
        ("rating", lambda r: r.ratings.average, lambda v: number(v, 2), _count_change, False),
        ("no_rating", lambda r: r.ratings.no_answer_share, percent, _share_change, True),
    ]
    before = report.previous
    figures = []
    for key, get, show, change, part in rows:
        value = get(report)
        figures.append(
            Figure(
                key,
                t(FIGURE_NAMES[key]),
                show(value),
                show(get(before)) if before is not None else "",
                change(value, get(before), lang) if before is not None else "",
                part,
            )
        )
    when = _made(report, lang)
    for key, name, value in (
        (
            "fu_open",
            QT_TRANSLATE_NOOP("Exports", "Follow-ups open (as of %1)"),
            report.followups_open,
        ),
        (
            "fu_overdue",
            QT_TRANSLATE_NOOP("Exports", "Follow-ups overdue (as of %1)"),
            report.followups_overdue,
        ),
    ):
        figures.append(Figure(key, t(name).replace("%1", when), number(value)))
    return figures


def comparison_header(report: Report, lang: str) -> tuple[str, str, str, str]:
    """Column titles: the figure, this period, the previous period (its dates), change."""
    previous = report.previous
    return (
        export_text(QT_TRANSLATE_NOOP("Exports", "Figure"), lang),
        export_text(QT_TRANSLATE_NOOP("Exports", "This period"), lang),
        export_text(QT_TRANSLATE_NOOP("Exports", "Previous period (%1)"), lang).replace(
            "%1", period_text(previous.since, previous.until, lang) if previous else "—"
        ),
        export_text(QT_TRANSLATE_NOOP("Exports", "Change"), lang),
    )


def option_rows(
    report: Report, lang: str, option_names: Mapping[str, str] | None = None
) -> list[tuple[str, str, str, str, str]]:
    """Per option: name, offered, offer rate (of unavailable), chosen, take-up (of offered)."""
    names = named(OPTIONS, lang) | dict(option_names or {})
    options = sorted(
        set(report.options_offered) | set(report.options_chosen),
        key=lambda o: (-report.options_offered[o], o),
    )
    return [
        (
            names.get(option, option),
            format_number(report.options_offered[option], lang),
            format_percent(report.offer_rate(option), lang),
            format_number(report.options_chosen[option], lang),
            format_percent(report.take_up(option), lang),
        )
        for option in options
    ]


def option_header(lang: str) -> tuple[str, str, str, str, str]:
    return (
        export_text(QT_TRANSLATE_NOOP("Exports", "Option"), lang),
        export_text(QT_TRANSLATE_NOOP("Exports", "Offered"), lang),
        export_text(QT_TRANSLATE_NOOP("Exports", "Offer rate"), lang),
        export_text(QT_TRANSLATE_NOOP("Exports", "Chosen"), lang),
        export_text(QT_TRANSLATE_NOOP("Exports", "Take-up"), lang),
    )


def breakdowns(report: Report, lang: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Interactions by desk, staff, segment, language and need: per dimension its title and
    rows (name, count, share of the report's interactions), largest first. Each
    dimension's counts add up to the report's interactions."""
    title = export_text(QT_TRANSLATE_NOOP("Exports", "Interactions by %1"), lang)
    result = []
    for dimension in DIMENSIONS:
        counter = report.breakdown(dimension)
        rows = [
            (
                value_name(dimension, value, lang),
                format_number(count, lang),
                format_percent(count / report.interactions if report.interactions else None, lang),
            )
            for value, count in sorted(counter.items(), key=lambda item: (-item[1], item[0]))
        ]
        result.append((title.replace("%1", export_text(HEADERS[dimension], lang).lower()), rows))
    return result


def trend_labels(report: Report, lang: str) -> list[str]:
    """The trend's buckets in words: days as 24/11, weeks as their Monday, months by name."""
    if report.trend_unit is TrendUnit.MONTH:
        return [format_date(day, lang, weekday=False).split(" ", 1)[1] for day, _ in report.trend]
    return [f"{day.day}/{day.month}" for day, _ in report.trend]


TREND_TITLES = {
    TrendUnit.DAY: QT_TRANSLATE_NOOP("Exports", "Interactions per day"),
    TrendUnit.WEEK: QT_TRANSLATE_NOOP("Exports", "Interactions per week (from Monday)"),
    TrendUnit.MONTH: QT_TRANSLATE_NOOP("Exports", "Interactions per month"),
}


SATISFACTION_TITLES = {
    "need": QT_TRANSLATE_NOOP("Exports", "Patrons' rating by need"),
    "outcome": QT_TRANSLATE_NOOP("Exports", "Patrons' rating by outcome"),
    "segment": QT_TRANSLATE_NOOP("Exports", "Patrons' rating by segment"),
    "desk": QT_TRANSLATE_NOOP("Exports", "Patrons' rating by desk"),
}
SATISFACTION_HEADER = (
    "",
    QT_TRANSLATE_NOOP("Exports", "Ratings"),
    QT_TRANSLATE_NOOP("Exports", "Average (1-4)"),
    QT_TRANSLATE_NOOP("Exports", "No answer"),
)


def satisfaction_tables(
    report: Report, lang: str
) -> list[tuple[str, str, list[tuple[str, str, str, str]]]]:
    """The patrons' ratings by need, outcome, segment and desk: (dimension, title, rows of
    name, ratings, average, no-answer share), the most rated first."""
    tables = []
    for dimension in SATISFACTION_BY:
        found = report.ratings_by.get(dimension, {})
        rows = [
            (
                value_name(dimension, value, lang),
                format_number(r.answered, lang),
                "—" if r.average is None else format_number(r.average, lang, 2),
                format_percent(r.no_answer_share, lang),
            )
            for value, r in sorted(found.items(), key=lambda kv: (-kv[1].answered, kv[0]))
        ]
        tables.append((dimension, export_text(SATISFACTION_TITLES[dimension], lang), rows))
    return tables


def satisfaction_header(lang: str) -> tuple[str, ...]:
    return tuple(export_text(h, lang) if h else "" for h in SATISFACTION_HEADER)


def summary_lines(report: Report, lang: str, library: str) -> list[list[str]]:
    """The stats workbook's first sheet: library, period, filter, when it was made, the
    key figures beside the previous period, the options and the breakdowns."""
    lines: list[list[str]] = [
        [library or export_text(REPORT_TITLE, lang)],
        [export_text(REPORT_TITLE, lang), period_text(report.since, report.until, lang)],
    ]
    if report.filter:
        lines.append([filter_text(report, lang)])
    lines += [[made_at_line(report, lang)], [], list(comparison_header(report, lang))]
    for figure in key_figures(report, lang):
        name = f"    {figure.name}" if figure.indent else figure.name
        lines.append([name, figure.value, figure.previous, figure.change])
    lines += [
        [],
        [export_text(QT_TRANSLATE_NOOP("Exports", "Options"), lang)],
        list(option_header(lang)),
    ]
    lines += [list(row) for row in option_rows(report, lang)]
    share = export_text(QT_TRANSLATE_NOOP("Exports", "Share"), lang)
    for title, rows in breakdowns(report, lang):
        lines += [
            [],
            [title, export_text(QT_TRANSLATE_NOOP("Exports", "Interactions"), lang), share],
        ]
        lines += [list(row) for row in rows]
    for _dimension, title, rated in satisfaction_tables(report, lang):
        lines += [[], [title, *satisfaction_header(lang)[1:]], *(list(row) for row in rated)]
    return lines
