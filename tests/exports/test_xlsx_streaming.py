"""The fast row writer of XLSX exports writes exactly what XlsxWriter itself writes."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st
from xlsxwriter.worksheet import Worksheet

from desk_assistant.exports.tabular import streaming_sheet_class

Fill = Callable[[Any, Any], None]


def sheet_xml(folder: Path, worksheet_class: type, fill: Fill) -> bytes:
    path = folder / f"{worksheet_class.__name__}.xlsx"
    options = {"constant_memory": True, "strings_to_formulas": False, "nan_inf_to_errors": True}
    workbook = xlsxwriter.Workbook(str(path), options)
    worksheet = workbook.add_worksheet("Data", worksheet_class)
    fill(workbook, worksheet)
    workbook.close()
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


def assert_same_xml(folder: Path, fill: Fill) -> None:
    stock = sheet_xml(folder, Worksheet, fill)
    fast = sheet_xml(folder, streaming_sheet_class(), fill)
    assert fast == stock


TRICKY_TEXTS = [
    "Laskar Pelangi",
    "Bumi & Manusia",
    "<r>not rich</r>",
    "a < b > c",
    'kutip "ganda"',
    " leading space",
    "trailing space ",
    "\ttab first",
    "line\nbreak",
    "bell\x07char",
    "_x0041_ looks like an escape",
    "_X00a1_ too",
    "non\ufffecharacter\uffff",
    "Cinta \u00a0nbsp",
    "\u3000ideographic space",
    "emoji 📚 and ê",
    '=HYPERLINK("http://x","y")',
    "",
    "'",
]


def test_tricky_texts_numbers_and_formats(tmp_path: Path) -> None:
    def fill(workbook: Any, worksheet: Any) -> None:
        bold = workbook.add_format({"bold": True})
        date_format = workbook.add_format({"num_format": "dd-mm-yyyy"})
        worksheet.set_column(1, 1, 12, date_format)
        worksheet.set_column(3, 5, 20)
        worksheet.write_string(0, 0, "Header", bold)
        worksheet.freeze_panes(1, 0)
        row = 1
        for text in TRICKY_TEXTS:
            worksheet.write_string(row, 0, text)
            worksheet.write_number(row, 1, 46350 + row)
            worksheet.write_number(row, 2, row / 7)
            worksheet.write_string(row, 4, text, bold)
            worksheet.write_number(row, 6, float("nan"))
            worksheet.write_number(row, 7, 10**20)
            row += 1
        worksheet.set_row(row, 30)  # a row with its own height
        worksheet.write_string(row, 0, "tall row")
        row += 1
        worksheet.write_formula(row, 0, "=1+1", None, 2)
        worksheet.write_rich_string(row, 1, "plain ", bold, "bold")
        worksheet.write_boolean(row, 2, True)
        worksheet.write_blank(row, 3, None, bold)
        worksheet.write_url(row, 4, "https://perpustakaan.example/katalog?q=a&b")
        row += 3  # rows left empty
        worksheet.write_string(row, 16383, "last column")
        worksheet.autofilter(0, 0, row, 7)

    assert_same_xml(tmp_path, fill)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.none(),
                st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
                st.integers(min_value=-(10**18), max_value=10**18),
                st.floats(allow_nan=True, allow_infinity=False),
            ),
            min_size=1,
            max_size=5,
        ),
        max_size=6,
    )
)
def test_any_rows_come_out_as_xlsxwriter_writes_them(tmp_path_factory: Any, rows: Any) -> None:
    folder = tmp_path_factory.mktemp("xlsx")

    def fill(workbook: Any, worksheet: Any) -> None:
        worksheet.set_column(2, 2, 10, workbook.add_format({"num_format": "0.00"}))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                if isinstance(value, str):
                    worksheet.write_string(r, c, value)
                elif value is not None:
                    worksheet.write_number(r, c, value)

    assert_same_xml(folder, fill)


def test_the_installed_xlsxwriter_gets_the_fast_writer() -> None:
    # Otherwise the comparisons above would compare XlsxWriter with itself.
    assert streaming_sheet_class() is not Worksheet
    assert issubclass(streaming_sheet_class(), Worksheet)
