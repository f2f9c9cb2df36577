"""The follow-up call sheet: a landscape PDF to call down, with a column for notes."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from desk_assistant.exports.tabular import Cancelled, Progress, tick
from desk_assistant.exports.texts import HEADERS, SHEET_TITLE, export_text, stop_if_cancelled
from desk_assistant.i18n import QT_TRANSLATE_NOOP, format_date

COLUMNS = ("code", "due", "status", "title", "patron", "phone", "channel", "attempts")


def write_call_sheet(
    path: Path,
    rows: Iterable[dict[str, Any]],
    lang: str,
    library: str,
    today: date,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the call sheet of ``rows`` (export rows) to ``path``; returns the row count."""
    from desk_assistant.exports.pdf import write_paged_pdf

    e = html.escape
    head = "".join(f"<th align='left'>{e(export_text(HEADERS[k], lang))}</th>" for k in COLUMNS)
    notes = export_text(QT_TRANSLATE_NOOP("Exports", "Notes"), lang)
    body: list[str] = []
    count = 0
    for row in rows:
        count += 1
        cells = []
        for key in COLUMNS:
            value = row.get(key)
            shown = (
                format_date(value, lang, weekday=False)
                if isinstance(value, date)
                else str(value if value is not None else "")
            )
            cells.append(f"<td>{e(shown)}</td>")
        body.append("<tr>" + "".join(cells) + "<td>&nbsp;</td></tr>")
        tick(count, progress, cancelled)
    document = (
        "<html><body style='font-family: sans-serif; font-size: 8.5pt'>"
        f"<p style='font-size: 13pt; font-weight: bold'>{e(library)}</p>"
        f"<p style='font-size: 11pt'>{e(export_text(SHEET_TITLE, lang))}"
        f" — {e(format_date(today, lang))} ({count})</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr>{head}<th>{e(notes)}</th></tr></thead>"
        + "".join(body)
        + "</table></body></html>"
    )
    stop_if_cancelled(cancelled)
    write_paged_pdf(document, path, "Desk Assistant", landscape=True, cancelled=cancelled)
    return count
