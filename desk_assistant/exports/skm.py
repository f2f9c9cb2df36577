"""The SKM report (PermenPANRB 14/2017) as public-service units hand it on: the period, the
respondents against the sample needed, each element's average, the index and its quality
category, the weakest elements first, the respondents' profile, the suggestions, and a
follow-up plan table for the supervisor to fill in. One set of rows serves the PDF and the
workbook, in the same words.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from desk_assistant.domain.skm import PROFILE_FIELDS, QUESTION_OF, SkmReport
from desk_assistant.exports.texts import export_text, writing
from desk_assistant.i18n import QT_TRANSLATE_NOOP, format_date, format_number, text

TITLE = QT_TRANSLATE_NOOP("Exports", "Community Satisfaction Survey (SKM) report")
BASIS = QT_TRANSLATE_NOOP(
    "Exports", "Computed as PermenPANRB No. 14/2017 prescribes (nine elements, scale 1-4)."
)
PERIOD = QT_TRANSLATE_NOOP("Exports", "Period")
MADE = QT_TRANSLATE_NOOP("Exports", "Made on")
RESPONDENTS = QT_TRANSLATE_NOOP("Exports", "Respondents")
POPULATION = QT_TRANSLATE_NOOP("Exports", "Patrons served in the period (population)")
SAMPLE = QT_TRANSLATE_NOOP("Exports", "Sample needed (Krejcie and Morgan table)")
SHORT = QT_TRANSLATE_NOOP("Exports", "Respondents still needed")
INDEX = QT_TRANSLATE_NOOP("Exports", "Index (1-4)")
CONVERTED = QT_TRANSLATE_NOOP("Exports", "SKM index (25-100)")
QUALITY = QT_TRANSLATE_NOOP("Exports", "Quality of service")
PERFORMANCE = QT_TRANSLATE_NOOP("Exports", "Performance of the unit")
ELEMENTS_TITLE = QT_TRANSLATE_NOOP("Exports", "Average per element")
WEAKEST_TITLE = QT_TRANSLATE_NOOP("Exports", "Elements to improve first (weakest first)")
PROFILE_TITLE = QT_TRANSLATE_NOOP("Exports", "Respondents' profile (optional answers)")
SUGGESTIONS_TITLE = QT_TRANSLATE_NOOP("Exports", "Suggestions")
NO_SUGGESTIONS = QT_TRANSLATE_NOOP("Exports", "No suggestions were written.")
PLAN_TITLE = QT_TRANSLATE_NOOP("Exports", "Follow-up plan (to fill in)")
SUMMARY = QT_TRANSLATE_NOOP("Exports", "Summary")
# The annex's table "pengolahan data survei kepuasan masyarakat per responden dan per unsur
# layanan": each respondent's answers, then per element the total, the average (NRR) and
# the weighted average, their sum (*) and the index (**), with the annex's legend.
PROCESSING_TITLE = QT_TRANSLATE_NOOP(
    "Exports", "Data processing per respondent and per element (PermenPANRB 14/2017)"
)
RESPONDENT = QT_TRANSLATE_NOOP("Exports", "Respondent")
TOTAL_ROW = QT_TRANSLATE_NOOP("Exports", "Total per element")
NRR_ROW = QT_TRANSLATE_NOOP("Exports", "NRR per element")
WEIGHTED_ROW = QT_TRANSLATE_NOOP("Exports", "Weighted NRR per element")
INDEX_ROW = QT_TRANSLATE_NOOP("Exports", "*) Sum of the weighted NRR")
CONVERTED_ROW = QT_TRANSLATE_NOOP("Exports", "**) SKM index of the unit")
LEGEND = (
    QT_TRANSLATE_NOOP("Exports", "U1 to U9 = the elements of service; NRR = average value"),
    QT_TRANSLATE_NOOP("Exports", "NRR per element = total per element / questionnaires answered"),
    QT_TRANSLATE_NOOP(
        "Exports", "Weighted NRR = NRR per element x 1/(elements answered), with nine 1/9 = 0.111"
    ),
    QT_TRANSLATE_NOOP("Exports", "*) = sum of the weighted NRR; **) = *) x 25"),
    QT_TRANSLATE_NOOP(
        "Exports",
        "Quality: A (very good) 88.31-100.00; B (good) 76.61-88.30; C (less good) 65.00-76.60;"
        " D (not good) 25.00-64.99",
    ),
)
# The workbook's sheet names (Excel takes 31 characters at most).
SHEETS = (
    SUMMARY,
    QT_TRANSLATE_NOOP("Exports", "Elements"),
    QT_TRANSLATE_NOOP("Exports", "Data processing"),
    QT_TRANSLATE_NOOP("Exports", "Profile"),
    SUGGESTIONS_TITLE,
    QT_TRANSLATE_NOOP("Exports", "Follow-up plan"),
)
HEADERS = {
    "element": (
        QT_TRANSLATE_NOOP("Exports", "No."),
        QT_TRANSLATE_NOOP("Exports", "Element"),
        QT_TRANSLATE_NOOP("Exports", "Answers"),
        QT_TRANSLATE_NOOP("Exports", "Average (NRR)"),
        QT_TRANSLATE_NOOP("Exports", "Weighted average"),
        QT_TRANSLATE_NOOP("Exports", "Quality"),
    ),
    "profile": (
        QT_TRANSLATE_NOOP("Exports", "Question"),
        QT_TRANSLATE_NOOP("Exports", "Answer"),
        QT_TRANSLATE_NOOP("Exports", "Respondents"),
    ),
    "plan": (
        QT_TRANSLATE_NOOP("Exports", "No."),
        QT_TRANSLATE_NOOP("Exports", "Element to improve"),
        QT_TRANSLATE_NOOP("Exports", "Programme or activity"),
        QT_TRANSLATE_NOOP("Exports", "When"),
        QT_TRANSLATE_NOOP("Exports", "Who is responsible"),
    ),
}
PLAN_ROWS = 3  # the weakest elements, one row each, for the supervisor's plan


def _number(value: float, lang: str, decimals: int) -> str:
    return format_number(value, lang, decimals)


def summary_rows(report: SkmReport, lang: str, library: str) -> list[list[str]]:
    def t(english: str) -> str:
        return export_text(english, lang)

    r = report.result
    period = (
        f"{format_date(report.since, lang, weekday=False)} – "
        f"{format_date(report.until, lang, weekday=False)}"
    )
    rows = [
        [library or t(TITLE)],
        [t(TITLE), ""],
        [t(PERIOD), period],
    ]
    if report.made_at is not None:
        rows.append([t(MADE), format_date(report.made_at.date(), lang, weekday=False)])
    rows += [
        [t(RESPONDENTS), _number(r.respondents, lang, 0)],
        [t(POPULATION), _number(report.population, lang, 0)],
        [t(SAMPLE), _number(report.sample_needed, lang, 0)],
        [t(SHORT), _number(report.shortfall, lang, 0)],
        # No answers yet: no index and no category (never a "D" made of nothing).
        [t(INDEX), _number(r.index, lang, 4) if r.respondents else "—"],
        [t(CONVERTED), _number(r.converted, lang, 2) if r.respondents else "—"],
        [t(QUALITY), r.grade.letter if r.respondents else "—"],
        [t(PERFORMANCE), text("Skm", r.grade.performance, lang) if r.respondents else "—"],
        [t(BASIS)],
    ]
    return rows


def element_rows(report: SkmReport, lang: str) -> list[list[str]]:
    rows = []
    for number, found in enumerate(report.result.elements, start=1):
        question = QUESTION_OF[found.element]
        rows.append(
            [
                f"U{number}",
                text("Skm", question.name, lang),
                _number(found.answered, lang, 0),
                _number(found.average, lang, 2) if found.answered else "—",
                _number(found.weighted, lang, 3) if found.answered else "—",
                found.grade.letter if found.answered else "—",
            ]
        )
    return rows


def processing_rows(report: SkmReport, lang: str, respondents: bool = True) -> list[list[Any]]:
    """The annex's processing table: a column per element (U1-U9); a row per respondent
    (``respondents``; an element they left out is blank), then the total, the NRR and the
    weighted NRR of each element, the index (*) and the index on 25-100 (**). Numbers
    stay numbers, so a workbook can check them."""

    def t(english: str) -> str:
        return export_text(english, lang)

    elements = report.result.elements
    rows: list[list[Any]] = [[t(RESPONDENT), *(f"U{n}" for n in range(1, len(elements) + 1))]]
    if respondents:
        for number, answer in enumerate(report.answers, start=1):
            rows.append([number, *(answer.get(e.element, "") for e in elements)])
    answered = report.result.respondents > 0
    rows += [
        [t(TOTAL_ROW), *(round(e.average * e.answered) for e in elements)],
        [t(NRR_ROW), *(round(e.average, 3) if e.answered else "" for e in elements)],
        [t(WEIGHTED_ROW), *(round(e.weighted, 3) if e.answered else "" for e in elements)],
        [t(INDEX_ROW), round(report.result.index, 4) if answered else ""],
        [t(CONVERTED_ROW), round(report.result.converted, 2) if answered else ""],
    ]
    return rows


def legend_rows(lang: str) -> list[list[Any]]:
    return [[export_text(line, lang)] for line in LEGEND]


def weakest_rows(report: SkmReport, lang: str) -> list[str]:
    return [
        f"{text('Skm', QUESTION_OF[e.element].name, lang)} ({_number(e.average, lang, 2)})"
        for e in report.result.weakest_first()
    ]


def profile_rows(report: SkmReport, lang: str) -> list[list[str]]:
    rows = []
    for key, (name, choices) in PROFILE_FIELDS.items():
        for value, label in choices.items():
            count = report.profiles.get((key, value), 0)
            if count:
                rows.append(
                    [text("Skm", name, lang), text("Skm", label, lang), _number(count, lang, 0)]
                )
    return rows


def plan_rows(report: SkmReport, lang: str) -> list[list[str]]:
    weakest = [
        text("Skm", QUESTION_OF[e.element].name, lang)
        for e in report.result.weakest_first()[:PLAN_ROWS]
    ]
    weakest += [""] * (PLAN_ROWS - len(weakest))
    return [[str(n), name, "", "", ""] for n, name in enumerate(weakest, start=1)]


# The places of the processing table's figure rows, in order: total, NRR, weighted NRR,
# index (*), index on 25-100 (**).
FIGURE_PLACES = (0, 3, 3, 4, 2)


def _cell(value: Any, lang: str, places: int) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number(value, lang, places)
    return str(value)


def header(kind: str, lang: str) -> list[str]:
    return [export_text(h, lang) for h in HEADERS[kind]]


def write_skm_pdf(report: SkmReport, path: Path, lang: str, library: str) -> int:
    """The SKM report as an A4 PDF; returns its page count."""
    from desk_assistant.exports.pdf import write_paged_pdf

    e = html.escape

    def t(english: str) -> str:
        return export_text(english, lang)

    def table(title: str, head: list[str], rows: list[list[str]]) -> str:
        cells = "".join(f"<th>{e(h)}</th>" for h in head)
        body = "".join(
            "<tr>" + "".join(f"<td>{e(c) or '&nbsp;'}</td>" for c in row) + "</tr>" for row in rows
        )
        return (
            "<p></p><table border='1' cellspacing='0' cellpadding='4' width='100%'><thead>"
            f"<tr><th colspan='{len(head)}' align='left'>{e(title)}</th></tr>"
            f"<tr>{cells}</tr></thead>{body}</table>"
        )

    def processing_table(title: str, rows: list[list[Any]], lang: str) -> str:
        """The figure rows under U1-U9 (a wide first column, so no label wraps letter by
        letter); the index (*) and (**) span the elements' columns."""
        head = "".join(f"<th>{e(str(h))}</th>" for h in rows[0][1:])
        body = []
        for row, places in zip(rows[1:], FIGURE_PLACES, strict=True):
            values = [_cell(c, lang, places) for c in row[1:]]
            if len(values) == 1:  # the index rows: one figure for the whole unit
                cells = f"<td colspan='{len(rows[0]) - 1}'><b>{e(values[0])}</b></td>"
            else:
                cells = "".join(f"<td align='right'>{e(v) or '&nbsp;'}</td>" for v in values)
            body.append(f"<tr><td>{e(str(row[0]))}</td>{cells}</tr>")
        return (
            "<p></p><table border='1' cellspacing='0' cellpadding='3' width='100%'"
            " style='font-size: 9pt'><thead>"
            f"<tr><th colspan='{len(rows[0])}' align='left'>{e(title)}</th></tr>"
            f"<tr><th width='26%'>&nbsp;</th>{head}</tr></thead>{''.join(body)}</table>"
        )

    summary = summary_rows(report, lang, library)
    processing = processing_rows(report, lang, respondents=False)
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 10pt'>",
        f"<p style='font-size: 14pt; font-weight: bold'>{e(summary[0][0])}</p>",
        f"<p style='font-size: 12pt'>{e(t(TITLE))}</p>",
        "<table cellpadding='3'>",
        *(
            f"<tr><td>{e(row[0])}</td><td align='right'><b>{e(row[1])}</b></td></tr>"
            for row in summary[2:-1]
        ),
        "</table>",
        f"<p><i>{e(summary[-1][0])}</i></p>",
        table(t(ELEMENTS_TITLE), header("element", lang), element_rows(report, lang)),
        # The annex's processing table without a row per respondent (those are in the
        # workbook): the totals, the NRR and the weighted NRR of each element.
        processing_table(t(PROCESSING_TITLE), processing, lang),
        *(f"<p style='font-size: 8pt'>{e(row[0])}</p>" for row in legend_rows(lang)),
        f"<p><b>{e(t(WEAKEST_TITLE))}</b></p><ol>",
        *(f"<li>{e(line)}</li>" for line in weakest_rows(report, lang)),
        "</ol>",
    ]
    profile = profile_rows(report, lang)
    if profile:
        parts.append(table(t(PROFILE_TITLE), header("profile", lang), profile))
    parts.append(f"<p><b>{e(t(SUGGESTIONS_TITLE))}</b></p>")
    if report.result.suggestions:
        parts += ["<ul>", *(f"<li>{e(s)}</li>" for s in report.result.suggestions), "</ul>"]
    else:
        parts.append(f"<p>{e(t(NO_SUGGESTIONS))}</p>")
    parts.append(table(t(PLAN_TITLE), header("plan", lang), plan_rows(report, lang)))
    parts.append("</body></html>")
    with writing(path):
        return write_paged_pdf("".join(parts), path, title=t(TITLE))


def write_skm_xlsx(report: SkmReport, path: Path, lang: str, library: str) -> int:
    """The SKM report as a workbook: the summary, the elements, the profile, the
    suggestions and the follow-up plan, each on its sheet; returns the respondents."""
    from desk_assistant.exports.tabular import write_tables_xlsx

    def t(english: str) -> str:
        return export_text(english, lang)

    suggestions = [[s] for s in report.result.suggestions] or [[t(NO_SUGGESTIONS)]]
    tables = [
        summary_rows(report, lang, library),
        [[t(ELEMENTS_TITLE)], header("element", lang), *element_rows(report, lang)],
        [[t(PROCESSING_TITLE)], *processing_rows(report, lang), [], *legend_rows(lang)],
        [[t(PROFILE_TITLE)], header("profile", lang), *profile_rows(report, lang)],
        [[t(SUGGESTIONS_TITLE)], [t(SUGGESTIONS_TITLE)], *suggestions],
        [[t(PLAN_TITLE)], header("plan", lang), *plan_rows(report, lang)],
    ]
    sheets = [(t(name), rows) for name, rows in zip(SHEETS, tables, strict=True)]
    with writing(path):
        write_tables_xlsx(path, sheets)
    return report.result.respondents
