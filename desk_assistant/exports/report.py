"""The desk service report: its charts, its HTML and its printable PDF."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from desk_assistant.domain.report import Report
from desk_assistant.exports.charts import ReportCharts
from desk_assistant.exports.report_figures import (
    TREND_TITLES,
    breakdowns,
    comparison_header,
    filter_text,
    key_figures,
    made_at_line,
    option_header,
    option_rows,
    period_text,
    satisfaction_header,
    satisfaction_tables,
    trend_labels,
)
from desk_assistant.exports.texts import (
    CHART_EMPTY,
    CHART_LEGEND,
    CHART_TITLES,
    NEEDS,
    OPTIONS,
    OUTCOMES,
    REPORT_TITLE,
    export_text,
    named,
    writing,
)
from desk_assistant.files import work_folder
from desk_assistant.i18n import QT_TRANSLATE_NOOP, short_day_names


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
        titles={key: export_text(title, lang) for key, title in CHART_TITLES.items()}
        | {"trend": export_text(TREND_TITLES[report.trend_unit], lang)},
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
        trend_labels=trend_labels(report, lang),
        trend=[count for _, count in report.trend],
    )


def write_report_pdf(
    report: Report,
    path: Path,
    lang: str,
    library: str,
    pngs: Mapping[str, bytes] | None = None,
    option_names: Mapping[str, str] | None = None,
) -> int:
    """The printable report, charts and tables, as an A4 PDF; returns the page count.

    The charts are drawn here unless already drawn (``pngs``); their image files live in a
    temporary folder only while the PDF is written.
    """
    from desk_assistant.exports.pdf import write_paged_pdf

    drawn = pngs or report_charts(report, lang, option_names).draw()
    with writing(path), work_folder() as folder:
        files = {}
        for key, png in drawn.items():
            files[key] = str(folder / f"{key}.png")
            Path(files[key]).write_bytes(png)
        document = report_html(report, lang, library, files, option_names)
        return write_paged_pdf(document, path, title=export_text(REPORT_TITLE, lang))


def report_html(
    report: Report,
    lang: str,
    library: str,
    charts: dict[str, str] | None = None,
    option_names: Mapping[str, str] | None = None,
) -> str:
    """The statistics report as HTML (tables, and chart images when given as file paths)."""
    e = html.escape

    def t(english: str) -> str:
        return export_text(english, lang)

    def table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        # The title is the table's first header row: it never stays behind at the foot of
        # a page, and is repeated with the column names where the table goes on.
        parts.append("<p></p><table border='1' cellspacing='0' cellpadding='3'><thead>")
        parts.append(
            f"<tr><th colspan='{len(header)}' align='left' style='font-size: 11pt'>"
            f"{e(title)}</th></tr><tr>"
        )
        parts.extend(f"<th>{e(cell)}</th>" for cell in header)
        parts.append("</tr></thead>")
        for row in rows:
            cells = [f"<td>{e(row[0])}</td>", *(f"<td align='right'>{e(c)}</td>" for c in row[1:])]
            parts.append(f"<tr>{''.join(cells)}</tr>")
        parts.append("</table>")

    parts = [
        "<html><body style='font-family: sans-serif; font-size: 9pt'>",
        f"<p style='font-size: 14pt; font-weight: bold'>{e(library)}</p>",
        f"<p style='font-size: 12pt'>{e(t(REPORT_TITLE))}: "
        f"{e(period_text(report.since, report.until, lang))}</p>",
    ]
    if report.filter:
        parts.append(f"<p><b>{e(filter_text(report, lang))}</b></p>")
    parts.append(f"<p>{e(made_at_line(report, lang))}</p>")
    header = comparison_header(report, lang)
    # The names take the room they need to stay on one or two lines.
    parts.append("<table cellpadding='3' width='100%'><tr>")
    widths = ("50%", "14%", "22%", "14%") if report.previous else ("70%", "30%")
    parts.extend(
        f"<th align='{'left' if not n else 'right'}' width='{w}'>{e(cell)}</th>"
        for n, (cell, w) in enumerate(zip(header, widths, strict=False))
    )
    parts.append("</tr>")
    for figure in key_figures(report, lang):
        name = (
            f"&nbsp;&nbsp;&nbsp;&nbsp;{e(figure.name)}"
            if figure.indent
            else f"<b>{e(figure.name)}</b>"
        )
        cells = [figure.value, *((figure.previous, figure.change) if report.previous else ())]
        parts.append(
            f"<tr><td>{name}</td>{''.join(f'<td align=right>{e(c)}</td>' for c in cells)}</tr>"
        )
    parts.append("</table>")
    parts.extend(f"<p><img src='{e(path)}' width='640'/></p>" for path in (charts or {}).values())
    table(t(CHART_TITLES["options"]), option_header(lang), option_rows(report, lang, option_names))
    count, share = (
        t(QT_TRANSLATE_NOOP("Exports", "Interactions")),
        t(QT_TRANSLATE_NOOP("Exports", "Share")),
    )
    for title, rows in breakdowns(report, lang):
        table(title, ("", count, share), rows)
    for _dimension, title, rated in satisfaction_tables(report, lang):
        if rated:
            table(title, satisfaction_header(lang), rated)
    parts.append("</body></html>")
    return "".join(parts)
