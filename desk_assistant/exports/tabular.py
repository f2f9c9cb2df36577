"""Rows to CSV (for Excel) and XLSX. Streaming: memory stays flat however many rows.

Both writers go through the one safe writer (``desk_assistant.files``): the file is built
beside its destination and renamed into place at the end, so a cancelled or failed export
never leaves half a file where the user expects one, nor a temporary file behind.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desk_assistant.errors import ExportCancelled
from desk_assistant.files import replacing, work_folder

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
        return value.isoformat(sep=" ", timespec="minutes")[:16]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _decimal_comma(value: Any) -> str:
    return _cell_text(value).replace(".", ",")


def _text_cell(value: Any) -> str:
    if value.__class__ is str:  # nearly every cell: the quick way first
        return "'" + value if value[:1] in _FORMULA_FIRST else value
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text[:1] in _FORMULA_FIRST else text


_FORMULA_FIRST = frozenset(FORMULA_STARTS)


def tick(count: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    """Every 500 rows: report progress, and stop (ExportCancelled) if asked to."""
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
    delimiter: str = ",",
) -> int:
    """UTF-8 with a BOM, so Excel reads the letters right. Commas by default; ``;`` for
    Excel on a PC whose regional settings write decimals with a comma (Indonesian among
    them), which would otherwise show every row in one column."""
    count = 0
    with replacing(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([neutralise(c.header) for c in columns])
        # Where ';' separates the cells, the PC writes decimals with a comma: so do we, or
        # Excel reads 45.7 as text and cannot sum it.
        # Only the cells that need it are converted: numbers and empty cells the csv
        # module writes itself (a million rows, sixteen cells each).
        decimal = delimiter == ";"
        keys = [c.key for c in columns]
        convert: list[tuple[int, Callable[[Any], str]]] = []
        for index, column in enumerate(columns):
            if column.kind == "text":
                convert.append((index, _text_cell))
            elif column.kind == "float" and decimal:
                convert.append((index, _decimal_comma))
            elif column.kind != "int" and column.kind != "float":
                convert.append((index, _cell_text))
        for row in rows:
            values = [row.get(key) for key in keys]
            for index, converter in convert:
                values[index] = converter(values[index])
            writer.writerow(values)
            count += 1
            if count % 500 == 0:
                tick(count, progress, cancelled)
    return count


_EXCEL_EPOCH = datetime(1899, 12, 30)


def _header_text(text: str) -> str:
    """Text for a printed page's header: '&' is its control character."""
    return text.replace("&", "&&")


def _xlsx_text(value: Any) -> Any:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def _xlsx_datetime(value: Any) -> Any:
    """Excel's serial day number (the column's format shows it as a date and time)."""
    if not isinstance(value, datetime):
        return None
    delta = value.replace(tzinfo=None) - _EXCEL_EPOCH
    return delta.days + delta.seconds / 86400


def _xlsx_date(value: Any) -> Any:
    if not isinstance(value, date):
        return None
    return (value - _EXCEL_EPOCH.date()).days


def _xlsx_number(value: Any) -> Any:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


_XLSX_CONVERTERS = {
    "datetime": _xlsx_datetime,
    "date": _xlsx_date,
    "int": _xlsx_number,
    "float": _xlsx_number,
}


# A text cell XlsxWriter would write unchanged: no XML or control characters, none of
# Excel's _xHHHH_ escapes, no leading or trailing whitespace.
_XLSX_PLAIN_TEXT = re.compile(r"[\x00-\x1f\"&<>\ufffe\uffff]|_x[0-9a-fA-F]{4}_")


@functools.cache
def streaming_sheet_class() -> type:
    """XlsxWriter's worksheet with a faster writer for the one row it keeps in memory.

    In constant_memory mode XlsxWriter writes each finished row cell by cell, several
    Python calls and regular expressions per cell: about two thirds of a large export.
    This subclass writes a row's plain numbers and plain texts as one string, exactly as
    XlsxWriter would (a test compares the two byte for byte), and hands every other cell
    (rich text, formulas, anything needing an escape) and every row with its own
    formatting or comments to XlsxWriter's own code. An XlsxWriter whose worksheet is not
    built as this expects (older than 3.3) gets its own worksheet class back, unchanged.
    """
    from xlsxwriter.utility import xl_col_to_name
    from xlsxwriter.worksheet import Worksheet

    stock: type = Worksheet
    probe = Worksheet()
    expected = ("table", "row_info", "col_info", "comments", "previous_row", "_write_row")
    if not all(hasattr(probe, name) for name in (*expected, "_write_cell", "_write_single_row")):
        return stock
    try:
        from xlsxwriter.worksheet import ColumnInfo

        ColumnInfo(column_format=None)
    except (ImportError, TypeError):
        return stock

    class StreamingWorksheet(Worksheet):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self._column_names: dict[int, str] = {}

        def _cell_start(self, col: int, ref: str) -> str:
            """``<c r="B7" s="2"``: the cell's reference and its column's format."""
            name = self._column_names.get(col)
            if name is None:
                name = self._column_names[col] = xl_col_to_name(col)
            info = self.col_info.get(col)
            fmt = info.column_format if info is not None else None
            style = f' s="{fmt._get_xf_index()}"' if fmt is not None else ""
            return f'<c r="{name}{ref}"{style}'

        def _write_single_row(self, current_row_num: int = 0) -> None:
            row_num: int = self.previous_row  # type: ignore[has-type]
            cells = self.table.get(row_num)
            if not cells or row_num in self.row_info or row_num in self.comments:
                super()._write_single_row(current_row_num)
                return
            self.previous_row = current_row_num
            self._write_row(row_num, None)
            ref = str(row_num + 1)
            parts: list[str] = []
            for col in sorted(cells):
                cell = cells[col]
                kind = cell.__class__.__name__
                if kind == "String" and not cell.format:
                    text = cell.string
                    if (
                        _XLSX_PLAIN_TEXT.search(text) is None
                        and not text[:1].isspace()
                        and not text[-1:].isspace()
                    ):
                        start = self._cell_start(col, ref)
                        parts.append(f'{start} t="inlineStr"><is><t>{text}</t></is></c>')
                        continue
                elif kind == "Number" and not cell.format:
                    parts.append(f"{self._cell_start(col, ref)}><v>{cell.number:.16G}</v></c>")
                    continue
                # Anything else is written by XlsxWriter itself, in order.
                self.fh.write("".join(parts))
                parts.clear()
                self._write_cell(row_num, col, cell)
            parts.append("</row>")
            self.fh.write("".join(parts))
            self.table.clear()

    return StreamingWorksheet


# Excel's limit is 1 048 576 rows a sheet, the header included.
XLSX_ROWS_PER_SHEET = 1_048_575


def print_setup(worksheet: Any, title: str) -> None:
    """Every sheet prints on A4 landscape, as wide as the page, titled and numbered."""
    worksheet.set_paper(9)  # A4
    worksheet.set_landscape()
    worksheet.fit_to_pages(1, 0)  # as wide as the page, as long as it takes
    worksheet.set_header(f"&L{_header_text(title)}&R&P / &N")


def write_tables_xlsx(path: Path, sheets: list[tuple[str, list[list[Any]]]]) -> None:
    """A small workbook of tables (each sheet: its name, its rows; the first row is its
    title, the second its column names, repeated on every printed page). Numbers stay
    numbers; text never becomes a formula or a link."""
    import xlsxwriter

    with replacing(path) as tmp:
        workbook = xlsxwriter.Workbook(
            str(tmp),
            {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
        )
        title = workbook.add_format({"bold": True, "font_size": 13})
        bold = workbook.add_format({"bold": True, "bg_color": "#E3F2FD", "border": 1})
        wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        for name, rows in sheets:
            sheet = workbook.add_worksheet(name[:31])
            print_setup(sheet, name)
            widest: dict[int, int] = {}
            for cells in rows[1:]:
                for index, cell in enumerate(cells):
                    widest[index] = max(widest.get(index, 8), min(60, len(str(cell)) + 2))
            for index, width in widest.items():
                sheet.set_column(index, index, width, wrap)
            for number, cells in enumerate(rows):
                style = title if number == 0 else bold if number == 1 else None
                for index, cell in enumerate(cells):
                    if isinstance(cell, int | float) and not isinstance(cell, bool):
                        sheet.write_number(number, index, cell, style)
                    else:
                        sheet.write_string(number, index, str(cell), style)
            if len(rows) > 1:
                sheet.repeat_rows(1)
        try:
            workbook.close()
        except xlsxwriter.exceptions.FileCreateError as exc:
            cause = exc.args[0] if exc.args else None
            raise cause if isinstance(cause, OSError) else OSError(str(exc)) from exc


def write_xlsx(
    path: Path,
    columns: list[Column],
    rows: Iterable[Mapping[str, Any]],
    sheet: str = "Data",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    summary: tuple[str, list[list[str]]] | None = None,
) -> int:
    """XlsxWriter in constant memory; text never becomes a formula or a link. Every sheet
    is set up to print (A4 landscape, fit to the page's width, the header row on every
    page). ``summary``: a first sheet (its name, its rows of text) a head of library can
    read and hand on before the rows."""
    import xlsxwriter

    count = 0
    # The temporary file is made at once: a missing or unwritable folder is found now,
    # not minutes later when XlsxWriter writes its file. XlsxWriter's own scratch files
    # (each sheet's rows, patron data among them) live in a private folder that is
    # emptied whatever happens, and swept at the next start after a kill.
    with replacing(path) as tmp, work_folder() as scratch:
        workbook = xlsxwriter.Workbook(
            str(tmp),
            {
                "tmpdir": str(scratch),
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        bold = workbook.add_format({"bold": True, "bg_color": "#E3F2FD", "border": 1})
        formats = {
            "date": workbook.add_format({"num_format": "dd-mm-yyyy"}),
            "datetime": workbook.add_format({"num_format": "dd-mm-yyyy hh:mm"}),
        }
        sheets = 0

        if summary is not None:
            name, lines = summary
            front = workbook.add_worksheet(name[:31])
            print_setup(front, name)
            title = workbook.add_format({"bold": True, "font_size": 13})
            # Each column as wide as its longest text (the first line, the library's name,
            # may run over), within reason.
            widest: dict[int, int] = {}
            for cells in lines[1:]:
                for index, cell in enumerate(cells):
                    widest[index] = max(widest.get(index, 8), min(70, len(cell) + 2))
            for index, width in widest.items():
                front.set_column(index, index, width)
            for number, cells in enumerate(lines):
                for index, cell in enumerate(cells):
                    front.write_string(number, index, cell, title if number == 0 else None)
            front.activate()

        def new_sheet() -> tuple[Any, list[tuple[int, str, Callable[[Any], Any], Any]]]:
            nonlocal sheets
            sheets += 1
            name = sheet[:31] if sheets == 1 else f"{sheet[:25]} ({sheets})"
            worksheet = workbook.add_worksheet(name, streaming_sheet_class())
            print_setup(worksheet, name)
            worksheet.repeat_rows(0)  # the column names on every printed page
            for index, column in enumerate(columns):
                worksheet.write_string(0, index, column.header, bold)
                # Cells written without a format take their column's: dates show as dates.
                worksheet.set_column(index, index, column.width, formats.get(column.kind))
            worksheet.freeze_panes(1, 0)
            # Straight to the typed writers (write_row would test every value's type again).
            writers: list[tuple[int, str, Callable[[Any], Any], Any]] = []
            for index, column in enumerate(columns):
                numeric = column.kind in _XLSX_CONVERTERS
                write = worksheet.write_number if numeric else worksheet.write_string
                convert = _XLSX_CONVERTERS.get(column.kind, _xlsx_text)
                writers.append((index, column.key, convert, write))
            return worksheet, writers

        def finish(worksheet: Any, last_row: int) -> None:
            worksheet.autofilter(0, 0, max(last_row, 1), len(columns) - 1)

        worksheet, writers = new_sheet()
        row_in_sheet = 0
        for row in rows:
            if row_in_sheet == XLSX_ROWS_PER_SHEET:
                # A sheet holds 1 048 576 rows; the rest go on, header first, in the next.
                finish(worksheet, row_in_sheet)
                worksheet, writers = new_sheet()
                row_in_sheet = 0
            count += 1
            row_in_sheet += 1
            for index, key, convert, write in writers:
                value = convert(row.get(key))
                if value is not None:
                    write(row_in_sheet, index, value)
            if count % 500 == 0:
                tick(count, progress, cancelled)
        finish(worksheet, row_in_sheet)
        try:
            workbook.close()
        except xlsxwriter.exceptions.FileCreateError as exc:
            # XlsxWriter wraps the OS's error (say, a full disk); pass on the OS's own.
            cause = exc.args[0] if exc.args else None
            raise cause if isinstance(cause, OSError) else OSError(str(exc)) from exc
    return count
