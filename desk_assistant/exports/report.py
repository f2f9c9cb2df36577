"""The desk service report: its charts, its HTML and its printable PDF."""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desk_assistant.domain.report import Report
from desk_assistant.exports.charts import ReportCharts
from desk_assistant.exports.texts import (
    CHART_EMPTY,
    CHART_LEGEND,
    CHART_TITLES,
    MADE_AT,
    NEEDS,
    OPTIONS,
    OUTCOMES,
    REPORT_TITLE,
    export_text,
    named,
    writing,
)
from desk_assistant.files import work_folder
from desk_assistant.i18n import (
    QT_TRANSLATE_NOOP,
    format_date,
    format_duration,
    format_number,
    format_percent,
    short_day_names,
)


def _counts_named(
    counter: Mapping[str, int], names: Mapping[Any, str], lang: str
) -> dict[str, int]:
    """Counts by code, keyed by the code's name in ``lang`` (unknown codes as they are)."""
    shown = named(names, lang)
    return {shown.get(k, k): v for k, v in counter.items()}


def report_charts(
    report: Report, lang: str, option_names: Mapping[str, str] | None = None, dpi: int = 100
) -> ReportCharts:
    """The report's charts in ``lang``; ``option_names`` (the pack's labels) name options;
    ``dpi`` 100 draws them 640 pixels wide."""
    options = sorted(set(report.options_offered) | set(report.options_chosen))
    names = named(OPTIONS, lang) | dict(option_names or {})
    return ReportCharts(
        lang=lang,
        titles={key: export_text(title, lang) for key, title in CHART_TITLES.items()},
        day_names=short_day_names(lang),
        hours=sorted({hour for _, hour in report.by_hour_weekday}) or list(range(8, 17)),
        by_hour_weekday=dict(report.by_hour_weekday),
        needs=_counts_named(report.by_need, NEEDS, lang),
        outcomes=_counts_named(report.by_outcome, OUTCOMES, lang),
        options=[names.get(o, o) for o in options],  # wrapped by the chart, never cut
        offered=[report.options_offered.get(o, 0) for o in options],
        chosen=[report.options_chosen.get(o, 0) for o in options],
        legend=(export_text(CHART_LEGEND[0], lang), export_text(CHART_LEGEND[1], lang)),
        empty=export_text(CHART_EMPTY, lang),
        dpi=dpi,
    )


def write_report_pdf(
    report: Report,
    path: Path,
    lang: str,
    library: str,
    pngs: Mapping[str, bytes] | None = None,
) -> int:
    """The printable report, charts and tables, as an A4 PDF; returns the page count.

    The charts are drawn here unless already drawn (``pngs``); their image files live in a
    temporary folder only while the PDF is written.
    """
    from desk_assistant.exports.pdf import write_paged_pdf

    drawn = pngs or report_charts(report, lang).draw()
    with writing(path), work_folder() as folder:
        files = {}
        for key, png in drawn.items():
            files[key] = str(folder / f"{key}.png")
            Path(files[key]).write_bytes(png)
        document = report_html(report, lang, library, files)
        return write_paged_pdf(document, path, title=export_text(REPORT_TITLE, lang))


def report_html(
    report: Report, lang: str, library: str, charts: dict[str, str] | None = None
) -> str:
    """The statistics report as HTML (tables, and chart images when given as file paths)."""
    e = html.escape

    def t(english: str) -> str:
        return export_text(english, lang)

    def number(value: float | None, decimals: int = 0) -> str:
        return "—" if value is None else format_number(value, lang, decimals)

    parts = [
        "<html><body style='font-family: sans-serif; font-size: 9pt'>",
        f"<p style='font-size: 14pt; font-weight: bold'>{e(library)}</p>",
        f"<p style='font-size: 12pt'>{e(t(REPORT_TITLE))}: "
        f"{e(format_date(report.since, lang, weekday=False))} – "
        f"{e(format_date(report.until, lang, weekday=False))}</p>",
    ]
    parts.append(f"<p>{e(made_at_line(report, lang))}</p>")
    summary = key_figures(report, lang)
    parts.append("<table cellpadding='3'>")
    parts.extend(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in summary)
    parts.append("</table>")
    parts.extend(f"<p><img src='{e(path)}' width='640'/></p>" for path in (charts or {}).values())

    def table(title: str, counter: dict[str, int]) -> None:
        parts.append(f"<p style='font-size: 11pt; font-weight: bold'>{e(title)}</p>")
        parts.append("<table border='1' cellspacing='0' cellpadding='3'>")
        for name, count in sorted(counter.items(), key=lambda item: -item[1]):
            parts.append(f"<tr><td>{e(name)}</td><td align='right'>{number(count)}</td></tr>")
        parts.append("</table>")

    for title, counter in breakdowns(report, lang):
        table(title, counter)
    parts.append("</body></html>")
    return "".join(parts)


def _made(report: Report, lang: str) -> str:
    made = report.made_at
    return f"{format_date(made.date(), lang, weekday=False)} {made:%H:%M}" if made else "—"


def made_at_line(report: Report, lang: str) -> str:
    """ "Made <when>. The figures are about the period, except those marked 'as of'."."""
    return export_text(MADE_AT, lang).replace("%1", _made(report, lang))


def key_figures(report: Report, lang: str) -> list[tuple[str, str]]:
    """The report's key figures as (name, value) in ``lang``: what the PDF and the stats
    workbook's summary sheet both show (one list, one wording)."""

    def t(english: str) -> str:
        return export_text(english, lang)

    def number(value: float | None, decimals: int = 0) -> str:
        return "—" if value is None else format_number(value, lang, decimals)

    when = _made(report, lang)
    return [
        (t(QT_TRANSLATE_NOOP("Exports", "Interactions")), number(report.interactions)),
        (
            t(QT_TRANSLATE_NOOP("Exports", "Median duration")),
            "—"
            if report.median_duration_s is None
            else format_duration(report.median_duration_s, lang),
        ),
        (t(QT_TRANSLATE_NOOP("Exports", "Unavailable material")), number(report.unavailable)),
        (
            t(QT_TRANSLATE_NOOP("Exports", "Patrons who left with a next step")),
            format_percent(report.next_step_share, lang),
        ),
        (t(QT_TRANSLATE_NOOP("Exports", "Follow-ups created")), number(report.followups_created)),
        (
            t(QT_TRANSLATE_NOOP("Exports", "Follow-ups active (as of %1)")).replace("%1", when),
            number(report.followups_open),
        ),
        (
            t(QT_TRANSLATE_NOOP("Exports", "Overdue (as of %1)")).replace("%1", when),
            number(report.followups_overdue),
        ),
        (
            t(QT_TRANSLATE_NOOP("Exports", "Median to first attempt (h)")),
            number(report.median_hours_to_first_attempt, 1),
        ),
        (
            t(QT_TRANSLATE_NOOP("Exports", "Median to resolve (h)")),
            number(report.median_hours_to_resolve, 1),
        ),
        (
            t(QT_TRANSLATE_NOOP("Exports", "Resolved by the promised date")),
            format_percent(report.on_time_share, lang),
        ),
    ]


def breakdowns(report: Report, lang: str) -> list[tuple[str, dict[str, int]]]:
    """The report's counts by need, outcome, option chosen and desk, named in ``lang``."""
    return [
        (export_text(CHART_TITLES["needs"], lang), _counts_named(report.by_need, NEEDS, lang)),
        (
            export_text(CHART_TITLES["outcomes"], lang),
            _counts_named(report.by_outcome, OUTCOMES, lang),
        ),
        (
            export_text(QT_TRANSLATE_NOOP("Exports", "Options chosen"), lang),
            _counts_named(report.options_chosen, OPTIONS, lang),
        ),
        (export_text(QT_TRANSLATE_NOOP("Exports", "By desk"), lang), dict(report.by_desk)),
    ]
