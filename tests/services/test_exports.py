"""Exports: rows and types survive, formulas stay inert, cancelling leaves no file."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from desk_assistant.domain.followup import Status
from desk_assistant.domain.queue import QueueFilter, When
from desk_assistant.errors import ExportCancelled
from desk_assistant.exports.pdf import pdf_page_count
from tests.packs import make_followup

EVERYTHING = QueueFilter(statuses=tuple(Status))
HOSTILE = '=HYPERLINK("http://x","y")'


@pytest.fixture
def filled(services, clock):  # type: ignore[no-untyped-def]
    make_followup(services, "Laskar Pelangi", HOSTILE, due=clock().date() + timedelta(days=1))
    make_followup(services, "+SUM(A1:A9)", "Budi Santoso", due=clock().date())
    make_followup(services, "@cmd", "-Siti", due=clock().date() - timedelta(days=2))
    return services


def test_xlsx_read_back_has_the_same_rows_and_types(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.xlsx"
    count = filled.exports.export_followups("xlsx", EVERYTHING, path, "Kepala", "supervisor")
    assert count == 3
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Kode", "Dibuat", "Tenggat")
    assert len(rows) == 4
    expected = list(filled.exports.followup_rows(EVERYTHING, "id"))
    for got, want in zip(rows[1:], expected, strict=True):
        assert got[0] == want["code"]
        assert isinstance(got[1], datetime) and got[1] == want["created"].replace(tzinfo=None)
        assert isinstance(got[2], datetime) and got[2].date() == want["due"]
        assert got[16] == want["attempts"] and isinstance(got[16], int)
    names = {row[12] for row in rows[1:]}
    assert HOSTILE in names  # kept as text…
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"  # …never a formula
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref is not None


def test_csv_has_bom_and_inert_formulas(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.csv"
    filled.exports.export_followups("csv", EVERYTHING, path, "Kepala", "supervisor")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + HOSTILE in cells and HOSTILE not in cells
    assert "'+SUM(A1:A9)" in cells and "'@cmd" in cells and "'-Siti" in cells
    assert "0812-3456-7890" in cells  # national form


LABELLED = {
    "id": {
        "Alasan": "Sedang dipinjam",
        "Opsi": "Pesan / reservasi",
        "Dihubungi lewat": "WhatsApp",
        "Status": "Terbuka",
        "Persetujuan": "ya",
    },
    "en": {
        "Reason": "On loan",
        "Options": "Place a hold",
        "Contact by": "WhatsApp",
        "Status": "Open",
        "Consent": "yes",
    },
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_exports_name_codes_in_the_export_language(filled, tmp_path: Path, lang) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.csv"
    filled.exports.export_followups("csv", EVERYTHING, path, "K", "supervisor", lang=lang)
    first = next(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert {key: first[key] for key in LABELLED[lang]} == LABELLED[lang]
    assert "on_loan" not in path.read_text(encoding="utf-8-sig")


def test_masked_export(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "m.csv"
    filled.exports.export_followups("csv", EVERYTHING, path, "K", "supervisor", masked=True)
    text = path.read_text(encoding="utf-8-sig")
    assert "0812-****-7890" in text and "Budi" not in text and "B*** S***" in text


def test_pdf_call_sheet_page_count(services, clock, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    for i in range(3):
        make_followup(services, f"Judul {i}")
    small = tmp_path / "small.pdf"
    services.exports.export_followups("pdf", EVERYTHING, small, "K", "supervisor")
    assert pdf_page_count(small.read_bytes()) == 1
    for i in range(150):
        make_followup(services, f"Judul panjang nomor {i}")
    big = tmp_path / "big.pdf"
    services.exports.export_followups("pdf", EVERYTHING, big, "K", "supervisor")
    pages = pdf_page_count(big.read_bytes())
    assert 4 <= pages <= 12  # ~150 rows at roughly 20–30 per landscape page


def test_cancelled_export_leaves_no_file(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for i in range(1200):
        make_followup(services, f"Judul {i}")
    for fmt in ("csv", "xlsx"):
        path = tmp_path / f"c.{fmt}"
        with pytest.raises(ExportCancelled):
            services.exports.export_followups(
                fmt, EVERYTHING, path, "K", "supervisor", cancelled=lambda: True
            )
        assert not path.exists() and not list(tmp_path.glob(".*.da-part"))


@pytest.mark.parametrize("after_checks", [0, 1])
def test_a_cancelled_pdf_keeps_what_was_there(services, tmp_path: Path, qapp, after_checks) -> None:  # type: ignore[no-untyped-def]
    """Cancel before printing, or while Qt prints (it cannot stop mid-print): no
    new file, no .part, the earlier sheet untouched, nothing audited."""
    for i in range(3):
        make_followup(services, f"Judul {i}")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(b"%PDF the sheet printed yesterday")
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > after_checks

    with pytest.raises(ExportCancelled):
        services.exports.export_followups(
            "pdf", EVERYTHING, path, "K", "supervisor", cancelled=cancelled
        )
    assert path.read_bytes() == b"%PDF the sheet printed yesterday"
    assert not list(tmp_path.glob(".*.da-part"))
    assert services._store.audit.entries() == []
    with pytest.raises(ExportCancelled):
        services.exports.export_stats(
            "pdf", date(2026, 11, 1), date(2026, 11, 24), path, "K", "supervisor",
            cancelled=lambda: True,
        )  # fmt: skip
    assert path.read_bytes() == b"%PDF the sheet printed yesterday"


def test_every_export_is_audited(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    filled.exports.export_followups(
        "csv",
        QueueFilter(statuses=(Status.OPEN,), desk="Meja 1"),
        tmp_path / "a.csv",
        "Kepala",
        "supervisor",
    )
    entry = filled._store.audit.entries()[0]
    assert (entry.action, entry.who, entry.role) == ("export", "Kepala", "supervisor")
    assert entry.detail["rows"] == 3 and entry.detail["format"] == "csv"
    assert entry.detail["filters"]["desk"] == "Meja 1"


def test_stats_export_and_report(services, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.services.demo import generate
    from desk_assistant.storage.reports import build_report

    generate(services._store.db, 2000, 200, seed=5, today=clock().date())
    since, until = clock().date() - timedelta(days=30), clock().date()
    path = tmp_path / "s.xlsx"
    count = services.exports.export_stats("xlsx", since, until, path, "K", "supervisor")
    report = build_report(services._store.db, since, until, clock().date())
    assert count == report.interactions > 0
    sheet = openpyxl.load_workbook(path)["Statistik"]  # after the summary sheet
    assert sheet.max_row == count + 1
    values = {cell for row in sheet.iter_rows(min_row=2, values_only=True) for cell in row}
    assert {"Meminjam", "Terlayani", "Umum", "Indonesia"} <= values
    assert not {"borrow", "served", "general", "next_step_given"} & values
    assert report.next_step_share is not None and 0.8 < report.next_step_share <= 1.0
    assert sum(report.by_need.values()) == report.interactions
    assert isinstance(since, date)


def test_stats_pdf_is_the_printable_report_with_its_charts(
    services, clock, tmp_path: Path, qapp, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import re
    import tempfile

    from desk_assistant.services.demo import generate

    generate(services._store.db, 1500, 100, seed=3, today=clock().date())
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    since, until = clock().date() - timedelta(days=60), clock().date()
    path = tmp_path / "report.pdf"
    services.exports.export_stats("pdf", since, until, path, "K", "supervisor", library="Perpus")
    data = path.read_bytes()
    assert pdf_page_count(data) >= 1
    # Four charts as images, as in the report printed from the window…
    assert len(re.findall(rb"/Subtype\s*/Image", data)) >= 4
    # …and their image files did not outlive the PDF.
    assert [p for p in scratch.rglob("*") if not p.is_dir()] == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_report_charts_name_everything_in_the_reader_language(services, clock, lang) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.exports.report import report_charts
    from desk_assistant.services.demo import generate
    from desk_assistant.storage.reports import build_report

    generate(services._store.db, 800, 60, seed=8, today=clock().date())
    report = build_report(
        services._store.db, clock().date() - timedelta(days=60), clock().date(), clock().date()
    )
    charts = report_charts(report, lang, {"hold": "Reservasi (paket)"})
    served = "Terlayani" if lang == "id" else "Served"
    assert served in charts.outcomes and "Reservasi (paket)" in charts.options
    assert charts.day_names[0] == ("Sen" if lang == "id" else "Mon")
    assert charts.titles["needs"] == ("Menurut kebutuhan" if lang == "id" else "By need")
    assert sum(charts.needs.values()) == report.interactions
    assert sorted(charts.draw()) == ["heatmap", "needs", "options", "outcomes", "trend"]


def test_a_full_disk_is_said_in_plain_words_and_leaves_no_file(
    filled, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import errno

    import xlsxwriter

    from desk_assistant.errors import ExportError

    def disk_full(workbook) -> None:  # type: ignore[no-untyped-def]
        raise xlsxwriter.exceptions.FileCreateError(OSError(errno.ENOSPC, "No space left"))

    monkeypatch.setattr(xlsxwriter.Workbook, "close", disk_full)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportError) as caught:
        filled.exports.export_followups("xlsx", EVERYTHING, folder / "f.xlsx", "K", "supervisor")
    assert caught.value.user_message("id") == (
        f"Ekspor tidak dapat ditulis ke '{folder / 'f.xlsx'}': disk penuh. "
        "Tidak ada berkas yang dibuat."
    )
    assert "the disk is full" in caught.value.user_message("en")
    assert list(folder.iterdir()) == []  # no half-written file, no .part
    assert filled._store.audit.entries() == []  # only a written export is recorded


def test_a_period_with_nothing_recorded_says_so_instead_of_empty_axes(services, clock) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.exports import charts as drawing
    from desk_assistant.exports.report import report_charts, report_html
    from desk_assistant.storage.reports import build_report

    today = clock().date()
    report = build_report(services._store.db, today - timedelta(days=30), today, today)
    assert report.interactions == 0 and report.median_duration_s is None
    charts = report_charts(report, "id")
    pngs = charts.draw()
    for key, png in pngs.items():
        assert png == drawing.no_data(charts.titles[key], "Tidak ada data pada periode ini.")
    assert "(yang batal tidak dihitung)</b></td><td align=right>—" in report_html(
        report, "id", "Perpus"
    )


def test_csv_with_semicolons_for_excel_with_indonesian_settings(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    comma, semicolon = tmp_path / "c.csv", tmp_path / "s.csv"
    filled.exports.export_followups("csv", EVERYTHING, comma, "K", "supervisor")
    filled.exports.export_followups("csv", EVERYTHING, semicolon, "K", "supervisor", separator=";")
    raw = semicolon.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    by_semicolon = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    by_comma = list(csv.reader(comma.read_bytes().decode("utf-8-sig").splitlines()))
    assert by_semicolon == by_comma  # the same cells, only the separator differs
    assert "'" + HOSTILE in [cell for row in by_semicolon for cell in row]


def test_rows_beyond_a_sheet_go_on_in_the_next_sheet(filled, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Excel holds 1 048 576 rows a sheet; beyond it XlsxWriter would drop rows silently."""
    from desk_assistant.exports import tabular

    monkeypatch.setattr(tabular, "XLSX_ROWS_PER_SHEET", 2)
    path = tmp_path / "f.xlsx"
    count = filled.exports.export_followups("xlsx", EVERYTHING, path, "K", "supervisor")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Tindak lanjut", "Tindak lanjut (2)"]
    sheets = [list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets]
    assert [len(rows) for rows in sheets] == [3, 2]  # each with its header
    assert all(rows[0][:3] == ("Kode", "Dibuat", "Tenggat") for rows in sheets)
    codes = [row[0] for rows in sheets for row in rows[1:]]
    expected = [row["code"] for row in filled.exports.followup_rows(EVERYTHING, "id")]
    assert count == 3 and codes == expected
    assert all(sheet.freeze_panes == "A2" for sheet in book.worksheets)


def test_a_call_sheet_too_long_to_print_is_refused_with_advice(
    filled, tmp_path: Path, monkeypatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.errors import ExportError
    from desk_assistant.services import exports

    monkeypatch.setattr(exports, "MAX_CALL_SHEET_ROWS", 2)
    path = tmp_path / "sheet.pdf"
    with pytest.raises(ExportError) as caught:
        filled.exports.export_followups("pdf", EVERYTHING, path, "K", "supervisor")
    assert "memuat 3 tindak lanjut; paling banyak 2" in caught.value.user_message("id")
    assert "XLSX" in caught.value.user_message("en")
    assert not path.exists() and filled._store.audit.entries() == []
    # The same rows to XLSX are fine, and a narrower sheet prints.
    filled.exports.export_followups("xlsx", EVERYTHING, tmp_path / "f.xlsx", "K", "supervisor")
    narrow = QueueFilter(statuses=tuple(Status), search="Laskar")
    assert filled.exports.export_followups("pdf", narrow, path, "K", "supervisor") == 1


def serve(services, clock, patrons: int, seconds: float) -> None:  # type: ignore[no-untyped-def]
    """``patrons`` interactions at Meja 1, each ``seconds`` long."""
    services.desk.start_shift("SW", "Meja 1")
    for _ in range(patrons):
        flow = services.desk.new_interaction()
        flow.advance()
        clock.advance(seconds)
        services.desk.finish(flow, "id")


def test_semicolon_csv_writes_decimal_commas_so_excel_can_sum(
    filled, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    serve(filled, clock, 3, 45.7)
    comma, semicolon = tmp_path / "c.csv", tmp_path / "s.csv"
    since, until = date(2020, 1, 1), date(2030, 12, 31)
    filled.exports.export_stats("csv", since, until, comma, "K", "supervisor")
    filled.exports.export_stats("csv", since, until, semicolon, "K", "supervisor", separator=";")
    by_comma = list(csv.reader(comma.read_text("utf-8-sig").splitlines()))
    by_semicolon = list(csv.reader(semicolon.read_text("utf-8-sig").splitlines(), delimiter=";"))
    column = by_comma[0].index(next(h for h in by_comma[0] if "urasi" in h or "uration" in h))
    durations = [row[column] for row in by_comma[1:] if row[column]]
    assert durations and any("." in value for value in durations)
    assert [row[column] for row in by_semicolon[1:] if row[column]] == [
        value.replace(".", ",") for value in durations
    ]


def test_the_stats_workbook_opens_on_a_summary_and_prints_right(
    filled, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    import openpyxl

    serve(filled, clock, 4, 30)
    out = tmp_path / "s.xlsx"
    since, until = date(2026, 11, 1), date(2026, 11, 30)
    filled.exports.export_stats(
        "xlsx", since, until, out, "K", "supervisor", "id", "Perpustakaan Kota"
    )
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Ringkasan" and book.active.title == "Ringkasan"
    summary = [[c for c in row if c is not None] for row in book["Ringkasan"].values]
    assert summary[0] == ["Perpustakaan Kota"]
    assert summary[1] == ["Laporan layanan meja", "1 November 2026 – 30 November 2026"]
    assert summary[2][0].startswith("Dibuat 24 November 2026")
    figures = {row[0]: row[1:] for row in summary if len(row) >= 2}
    assert figures["Interaksi"][0] == "4"  # the same figure as the PDF and the window
    # Beside the month before (October: nothing then).
    assert figures["Angka"] == [
        "Periode ini",
        "Periode sebelumnya (1 Oktober 2026 – 31 Oktober 2026)",
        "Perubahan",
    ]
    assert figures["Interaksi"][1:] == ["0", "+4"]
    assert ["Interaksi menurut meja", "Interaksi", "Porsi"] in summary
    assert ["Meja 1", "4", "100,0 %"] in summary
    rows = book["Statistik"]
    assert rows.max_row == 5  # the header and the four interactions, after the summary
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.paperSize == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth in (None, 1)  # 1 is the file format's default
        assert sheet.page_setup.fitToHeight == 0
    assert rows.print_title_rows.replace("$", "") == "1:1"  # the column names on every page


def test_the_call_sheet_never_splits_a_row_and_says_what_it_lists(
    services, clock, tmp_path: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    long_title = "Sejarah Perpustakaan Umum di Nusantara dari Masa ke Masa, Jilid {} "
    made = {}
    for i in range(90):
        made[i] = make_followup(
            services,
            (long_title.format(i) * (1 + i % 4)).strip(),  # rows of one to eight lines
            f"Pemustaka Nomor {i}",
            due=clock().date() - timedelta(days=i % 9),
            desk=f"Meja {1 + i % 2}",
            staff="Pak Hadi" if i % 3 else "SW",
            email=f"pemustaka.nomor.{i}@contoh.sch.id" if i % 5 == 0 else None,
        )
    path = tmp_path / "sheet.pdf"
    overdue = QueueFilter(when=When.OVERDUE, desk="Meja 1")
    count = services.exports.export_followups("pdf", overdue, path, "K", "supervisor", "id")
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    listed = [i for i in range(0, 90, 2) if i % 9]  # Meja 1, due before today
    assert len(pages) > 2 and count == len(listed)
    # The title states the filter; every page repeats the column titles and its number.
    assert "Daftar telepon tindak lanjut: terlambat; status: yang aktif" in pages[0]
    assert "meja: Meja 1" in pages[0]
    for number, text in enumerate(pages, start=1):
        assert "Hari terlambat" in text and "Petugas" in text and "Kontak (sesuai pilihan)" in text
        assert f"Halaman {number} dari {len(pages)}" in text
    for i in listed:
        code = made[i].code
        on = [n for n, text in enumerate(pages) if code in text]
        assert len(on) == 1, code  # printed once, on one page
        row = pages[on[0]].split(code, 1)[1]
        due = clock().date() - timedelta(days=i % 9)
        assert row.split()[:3] == [f"{due:%d-%m-%Y}", str(i % 9), "Terbuka"]
        # The whole row is on that page: the end of its title, the contact chosen.
        assert f"Jilid {i}" in row
        contact = f"pemustaka.nomor.{i}@contoh.sch.id" if i % 5 == 0 else "0812-3456-7890"
        assert contact in row.replace(" ", "")
    assert not any(f"pemustaka.nomor.{i}@" in " ".join(pages) for i in range(1, 90, 2))
