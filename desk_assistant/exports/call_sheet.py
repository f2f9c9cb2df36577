"""The follow-up call sheet: a landscape PDF to call down, with a column for notes.

Its title says which follow-ups it lists (the queue's filter in words); each row has the
desk and staff member who promised, the days overdue, and the number or address the
patron chose to be reached at. Painted row by row (:mod:`pdf_table`): no row is split.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desk_assistant.domain.queue import QueueFilter, When
from desk_assistant.exports.tabular import Cancelled, Progress
from desk_assistant.exports.texts import HEADERS, SHEET_TITLE, STATUS, export_text, named
from desk_assistant.i18n import QT_TRANSLATE_NOOP, format_date, format_number

# key, width share, wraps (True at words; "anywhere": an address has no spaces), right
COLUMNS: tuple[tuple[str, int, bool | str, bool], ...] = (
    ("code", 8, False, False),
    ("due", 7, False, False),
    ("overdue", 7, True, True),
    ("status", 7, True, False),
    ("desk", 9, True, False),
    ("staff", 7, True, False),
    ("title", 15, True, False),
    ("patron", 10, True, False),
    ("contact", 12, "anywhere", False),
    ("channel", 8, True, False),
    ("attempts", 7, False, True),
    ("notes", 9, False, False),
)
TEXTS = {
    "overdue": QT_TRANSLATE_NOOP("Exports", "Days overdue"),
    "contact": QT_TRANSLATE_NOOP("Exports", "Contact (as chosen)"),
    "notes": QT_TRANSLATE_NOOP("Exports", "Notes"),
}
WHEN = {
    When.OVERDUE: QT_TRANSLATE_NOOP("Exports", "overdue"),
    When.TODAY: QT_TRANSLATE_NOOP("Exports", "due today"),
    When.UPCOMING: QT_TRANSLATE_NOOP("Exports", "due later"),
}


def filter_text(filt: QueueFilter, lang: str) -> str:
    """Which follow-ups a sheet lists, in words (e.g. "overdue; status: Open, In progress;
    desk: Meja 1")."""

    def t(english: str) -> str:
        return export_text(english, lang)

    statuses = named(STATUS, lang)
    chosen = filt.statuses or ()
    parts = [t(WHEN[filt.when])] if filt.when in WHEN else []
    parts.append(
        t(QT_TRANSLATE_NOOP("Exports", "status: %1")).replace(
            "%1",
            ", ".join(statuses.get(s.value, s.value) for s in chosen)
            if chosen
            else t(QT_TRANSLATE_NOOP("Exports", "the active ones (open, in progress)")),
        )
    )
    if filt.desk:
        parts.append(t(QT_TRANSLATE_NOOP("Exports", "desk: %1")).replace("%1", filt.desk))
    if filt.staff:
        parts.append(t(QT_TRANSLATE_NOOP("Exports", "staff: %1")).replace("%1", filt.staff))
    if filt.flagged_only:
        parts.append(t(QT_TRANSLATE_NOOP("Exports", "flagged (many failed attempts)")))
    if filt.search:
        # What was searched may be a patron's name: said, not repeated.
        parts.append(t(QT_TRANSLATE_NOOP("Exports", "narrowed by a search")))
    if filt.created_since or filt.created_until:
        first = format_date(filt.created_since, lang, weekday=False) if filt.created_since else "…"
        last = format_date(filt.created_until, lang, weekday=False) if filt.created_until else "…"
        parts.append(
            t(QT_TRANSLATE_NOOP("Exports", "created %1 – %2"))
            .replace("%1", first)
            .replace("%2", last)
        )
    return "; ".join(parts)


def _cells(rows: Iterable[dict[str, Any]], lang: str, today: date) -> Iterator[list[str]]:
    for row in rows:
        due = row.get("due")
        late = (
            (today - due).days
            if isinstance(due, date) and row.get("closed") is None and due < today
            else 0
        )
        cells = []
        for key, *_ in COLUMNS:
            if key == "overdue":
                cells.append(format_number(late, lang) if late else "")
            elif key == "notes":
                cells.append("")
            else:
                value = row.get(key)
                # Dates as the window's date fields write them: short, never cut.
                cells.append(
                    f"{value:%d-%m-%Y}"
                    if isinstance(value, date)
                    else str(value if value is not None else "")
                )
        yield cells


def write_call_sheet(
    path: Path,
    rows: Iterable[dict[str, Any]],
    lang: str,
    library: str,
    now: datetime,
    filt: QueueFilter | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the call sheet of ``rows`` (export rows) to ``path``; returns the row count."""
    from desk_assistant.exports.pdf_table import TableColumn, write_table_pdf

    def t(english: str) -> str:
        return export_text(english, lang)

    columns = [
        TableColumn(
            t(TEXTS.get(key) or HEADERS[key]), weight, bool(wraps), right, wraps == "anywhere"
        )
        for key, weight, wraps, right in COLUMNS
    ]
    made = t(QT_TRANSLATE_NOOP("Exports", "Made %1, ordered by promised date.")).replace(
        "%1", f"{format_date(now.date(), lang, weekday=False)} {now:%H:%M}"
    )
    heading = [
        library or t(SHEET_TITLE),
        f"{t(SHEET_TITLE)}: {filter_text(filt or QueueFilter(), lang)}",
        made,
    ]
    page = t(QT_TRANSLATE_NOOP("Exports", "Page %1 of %2"))
    count, _pages = write_table_pdf(
        path,
        heading,
        columns,
        _cells(rows, lang, now.date()),
        lambda n, total: page.replace("%1", str(n)).replace("%2", str(total)),
        title=t(SHEET_TITLE),
        progress=progress,
        cancelled=cancelled,
    )
    return count
