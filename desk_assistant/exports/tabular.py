"""Rows to CSV (for Excel) and XLSX. Streaming: memory stays flat however many rows.

Both writers build the file beside its destination and rename it into place at the end,
so a cancelled or failed export never leaves half a file where the user expects one.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = "text"  # text | date | datetime | int | float
    width: int = 16


def neutralise(value: str) -> str:
    """A cell a spreadsheet would run as a formula is made inert (CSV injection)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _tick(count: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if count % 500 == 0:
        if cancelled is not None and cancelled():
            raise ExportCancelled
        if progress is not None:
            progress(count)


def write_csv(
    path: Path,
    columns: list[Column],
    rows: Iterable[Mapping[str, Any]],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """UTF-8 with a BOM (Excel opens it right), semicolon-free standard commas."""
    tmp = path.with_name(path.name + ".part")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([neutralise(c.header) for c in columns])
            for row in rows:
                writer.writerow(
                    [
                        neutralise(_cell_text(row.get(c.key)))
                        if c.kind == "text"
                        else _cell_text(row.get(c.key))
                        for c in columns
                    ]
                )
                count += 1
                _tick(count, progress, cancelled)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def write_xlsx(
    path: Path,
    columns: list[Column],
    rows: Iterable[Mapping[str, Any]],
    sheet: str = "Data",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """XlsxWriter in constant memory; text never becomes a formula or a link."""
    import xlsxwriter

    tmp = path.with_name(path.name + ".part")
    count = 0
    try:
        workbook = xlsxwriter.Workbook(
            str(tmp),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        bold = workbook.add_format({"bold": True, "bg_color": "#E3F2FD", "border": 1})
        date_format = workbook.add_format({"num_format": "dd-mm-yyyy"})
        datetime_format = workbook.add_format({"num_format": "dd-mm-yyyy hh:mm"})
        worksheet = workbook.add_worksheet(sheet[:31])
        for index, column in enumerate(columns):
            worksheet.set_column(index, index, column.width)
            worksheet.write_string(0, index, column.header, bold)
        worksheet.freeze_panes(1, 0)
        for row in rows:
            count += 1
            for index, column in enumerate(columns):
                value = row.get(column.key)
                if value is None or value == "":
                    continue
                if column.kind == "datetime" and isinstance(value, datetime):
                    worksheet.write_datetime(
                        count, index, value.replace(tzinfo=None), datetime_format
                    )
                elif column.kind == "date" and isinstance(value, date):
                    worksheet.write_datetime(
                        count, index, datetime(value.year, value.month, value.day), date_format
                    )
                elif column.kind in ("int", "float") and isinstance(value, int | float):
                    worksheet.write_number(count, index, value)
                else:
                    worksheet.write_string(count, index, _cell_text(value))
            _tick(count, progress, cancelled)
        worksheet.autofilter(0, 0, max(count, 1), len(columns) - 1)
        workbook.close()
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count
