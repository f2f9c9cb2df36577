"""The Reports view and exports from the window (background, progress, cancel)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desk_assistant.domain.roles import Role
from desk_assistant.exports.pdf import pdf_page_count
from desk_assistant.services.demo import generate
from tests.conftest import act_as, flush_deletes
from tests.packs import make_followup


def supervisor(services) -> None:  # type: ignore[no-untyped-def]
    services.auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    services.auth.unlock(Role.SUPERVISOR, "482915", "Kepala")


def test_reports_view_shows_figures_and_charts(qtbot, window, services, clock) -> None:  # type: ignore[no-untyped-def]
    services._store.app_state.set("demo_data", "1")  # the fixture's shift is not real
    generate(services._store.db, 3000, 300, seed=2, today=clock().date())
    supervisor(services)
    window.show_view("reports")
    view = window.reports_view
    report = view.report
    assert report is not None and report.interactions > 0
    assert report.interactions >= 1000  # so the thousands separator shows
    # Indonesian writes 3.000 and 92,5 %.
    assert view.figure_labels["interactions"][1].text() == f"{report.interactions:,}".replace(
        ",", "."
    )
    share = f"{report.next_step_share * 100:.1f} %".replace(".", ",")
    assert view.figure_labels["next_step"][1].text() == share
    qtbot.waitUntil(lambda: bool(view.chart_png), timeout=10000)  # drawn after the figures
    for key in ("trend", "heatmap", "needs", "outcomes", "options"):
        assert not view.chart_labels[key].pixmap().isNull()
    needs = view.chart_labels["needs"]  # normal text: 640 pixels, two charts a row
    assert needs.pixmap().width() == 640
    assert view.charts_grid.getItemPosition(view.charts_grid.indexOf(needs))[:2] == (1, 1)
    assert view.figure_labels["interactions"][0].text() == "Interaksi"


def test_reports_need_the_supervisor(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(window.roles, "ensure_role", lambda role: False)
    window.show_view("reports")
    assert window.tabs.currentIndex() == 0


def test_report_pdf_with_charts(qtbot, window, services, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services._store.app_state.set("demo_data", "1")
    generate(services._store.db, 2000, 100, seed=2, today=clock().date())
    supervisor(services)
    window.show_view("reports")
    path = tmp_path / "report.pdf"
    pages = window.exporter.write_report_pdf(path)
    assert pages >= 1 and pdf_page_count(path.read_bytes()) == pages
    assert services._store.audit.entries()[0].action == "export"


def test_export_in_the_background_and_cancel(qtbot, window, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    act_as(services)  # File → Export asks for the supervisor's PIN first
    for i in range(30):
        make_followup(services, f"Judul {i}")
    window.show_view("followups")
    path = tmp_path / "queue.xlsx"
    runner = window.exporter.export_followups("xlsx", path)
    qtbot.waitUntil(lambda: window.exporter.last_export_result is not None, timeout=10000)
    assert window.exporter.last_export_result == 30
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == 31 and rows[1][12] == "B*** S***"  # masked by default
    del runner
    cancelled = tmp_path / "cancelled.csv"
    runner = window.exporter.export_followups("csv", cancelled)
    runner.cancel_event.set()
    qtbot.waitUntil(lambda: window.exporter.last_export_result is not None, timeout=10000)
    # The cancel may come after a tiny export already finished; either way no half file.
    assert not list(tmp_path.glob(".cancelled.csv.*"))


def test_charts_are_drawn_off_the_gui_thread_and_stale_ones_dropped(
    qtbot, window, services, clock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    services._store.app_state.set("demo_data", "1")
    generate(services._store.db, 500, 0, seed=4, today=clock().date())
    supervisor(services)
    window.show_view("reports")
    view = window.reports_view
    qtbot.waitUntil(lambda: bool(view.chart_png), timeout=10000)
    release = threading.Event()
    threads: list[str] = []

    def slow_drawing(report):  # type: ignore[no-untyped-def]
        def draw():  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread().name)
            release.wait(5)
            return {"heatmap": b"old"}

        return draw

    monkeypatch.setattr(view, "chart_drawing", slow_drawing)
    view.show_report()  # an older range, still drawing…
    assert view.chart_png == {}
    assert view.chart_labels["heatmap"].text() == "Menggambar grafik…"
    monkeypatch.setattr(view, "chart_drawing", lambda report: lambda: {})
    view.show_report()  # …overtaken by a newer one, whose drawing fails
    qtbot.waitUntil(lambda: "tidak dapat" in view.chart_labels["heatmap"].text(), timeout=5000)
    release.set()
    qtbot.wait(200)
    assert view.chart_png == {}  # the old drawing came back too late: dropped
    assert threads == ["report-charts"]  # never on the GUI thread


def test_the_charting_library_loads_while_the_supervisor_pin_is_asked(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.exports import charts
    from desk_assistant.ui.role_dialogs import PinDialog

    services.auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    monkeypatch.setattr(charts, "_warming", None)
    seen: list[object] = []

    def typed_wrong_then_cancelled(dialog) -> int:  # type: ignore[no-untyped-def]
        seen.append(charts._warming)  # already loading while the dialog is open
        return PinDialog.DialogCode.Rejected

    monkeypatch.setattr(PinDialog, "exec", typed_wrong_then_cancelled)
    assert not window.roles.ensure_role(Role.SUPERVISOR)
    warming = seen[0]
    assert warming is not None and warming is charts.warm_up()  # started once only
    warming.join(timeout=30)
    assert not warming.is_alive() and "matplotlib.figure" in __import__("sys").modules
    # The trainer's PIN does not load it.
    monkeypatch.setattr(charts, "_warming", None)
    window.roles.ensure_role(Role.TRAINER)
    assert charts._warming is None


def test_a_report_that_cannot_be_saved_says_why(
    qtbot, window, services, clock, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    services._store.app_state.set("demo_data", "1")
    generate(services._store.db, 500, 20, seed=2, today=clock().date())
    supervisor(services)
    window.show_view("reports")
    target = tmp_path / "gone" / "laporan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.exporter.save_report_pdf()
    box = window.last_message_box
    assert box is not None and "foldernya tidak ada" in box.text()
    assert not target.parent.exists()
    assert [e.action for e in services._store.audit.entries()].count("export") == 0


def test_quitting_during_an_export_leaves_no_half_written_file(
    qtbot, clock, settings, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import time

    from desk_assistant.app import build_services
    from desk_assistant.services.exports import ExportService
    from desk_assistant.ui.application import build_window

    def slow_rows(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        for i in range(100_000):
            time.sleep(0.0005)
            yield {"code": f"TL-{i}", "title": "Laskar Pelangi"}

    monkeypatch.setattr(ExportService, "_followup_rows", slow_rows)
    services = build_services(tmp_path / "desk.db", clock)  # a file: exports use a thread
    act_as(services)
    window, _ = build_window(services, settings, language="id", font_scale=1.0)
    out = tmp_path / "out"
    out.mkdir()
    try:
        runner = window.exporter.export_followups("csv", out / "queue.csv")
        qtbot.waitUntil(lambda: any(out.glob(".queue.csv.*")), timeout=5000)
        started = time.perf_counter()
        window.close()
        assert time.perf_counter() - started < 5  # cancelled, not waited out
        assert runner.worker is not None and not runner.worker.is_alive()
        assert list(out.iterdir()) == []
    finally:
        window.deleteLater()
        flush_deletes()  # gone before its database closes (not left for the next test)
        services.close()


def test_the_csv_separator_is_a_saved_choice(
    qtbot, window, services, settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import csv

    from desk_assistant.ui.settings import CSV_SEPARATOR

    make_followup(services, "Laskar Pelangi, jilid 1")
    act_as(services)
    window.semicolon_csv_action.setChecked(True)
    assert settings.get(CSV_SEPARATOR) == "semicolon"
    path = tmp_path / "queue.csv"
    window.exporter.export_followups("csv", path)
    qtbot.waitUntil(lambda: window.exporter.last_export_result is not None, timeout=10000)
    text = path.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Kode;Dibuat;Tenggat;")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows[1][6] == "Laskar Pelangi, jilid 1"
    window.semicolon_csv_action.setChecked(False)
    assert settings.get(CSV_SEPARATOR) == "comma"


def test_at_double_text_size_charts_grow_and_stand_one_a_row(
    qtbot, services, settings, clock
) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.ui.application import build_window
    from tests.conftest import flush_deletes

    services._store.app_state.set("demo_data", "1")
    generate(services._store.db, 500, 20, seed=2, today=clock().date())
    supervisor(services)
    window, _ = build_window(services, settings, language="id", font_scale=2.0)
    try:
        window.resize(1366, 768)
        window.show()
        window.show_view("reports")
        view = window.reports_view
        qtbot.waitUntil(lambda: bool(view.chart_png), timeout=10000)
        needs = view.chart_labels["needs"]
        assert needs.pixmap().width() == 1280  # twice the 640 pixels of normal text
        index = view.charts_grid.indexOf(needs)
        assert view.charts_grid.getItemPosition(index)[:2] == (2, 0)  # under the heat map
        assert needs.pixmap().width() < view.width()  # fits the window, no sideways scroll
    finally:
        window.close()
        window.deleteLater()
        flush_deletes()


def test_the_period_is_chosen_by_name_with_exact_ranges(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from tests.conftest import act_as

    act_as(services)
    window.show_view("reports")
    view = window.reports_view
    assert view.period() == (date(2026, 11, 1), date(2026, 11, 24))  # this month, to today
    assert view.preset_combo.currentText() == "Bulan ini"
    view.preset_combo.setCurrentIndex(view.preset_combo.findText("Bulan lalu"))
    view.choose_preset()
    assert view.period() == (date(2026, 10, 1), date(2026, 10, 31))
    view.preset_combo.setCurrentIndex(view.preset_combo.findText("Triwulan lalu"))
    view.choose_preset()
    assert view.period() == (date(2026, 7, 1), date(2026, 9, 30))
    view.since_edit.setDate(view.since_edit.date().addDays(3))  # a date typed by hand
    assert view.preset_combo.currentText() == "Tanggal pilihan sendiri"  # no name that lies


def test_snapshot_figures_say_when_and_the_pdf_says_when_it_was_made(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path
) -> None:
    import html

    from desk_assistant.exports.report import report_html

    act_as(services)
    make_followup(services)
    window.show_view("reports")
    view = window.reports_view
    view.refresh()
    name = view.figure_labels["fu_open"][0].text()
    assert name == "Tindak lanjut terbuka (per 24 November 2026 09:30)"
    created = view.figure_labels["fu_created"][0].text()
    assert created == "Tindak lanjut yang dijanjikan dalam periode"
    assert view.figure_labels["fu_open"][2].text() == ""  # a snapshot has no previous period
    assert view.figure_labels["fu_created"][2].text() == "0"  # a period figure has one
    text = html.unescape(report_html(view.report, "id", "Perpustakaan Kota"))
    assert "Dibuat 24 November 2026 09:30." in text  # what the PDF prints
    assert "Tindak lanjut terbuka (per 24 November 2026 09:30)" in text


def test_filter_by_keyboard_and_every_breakdown_adds_up(qtbot, window, services, clock) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    services._store.app_state.set("demo_data", "1")
    generate(services._store.db, 3000, 100, seed=4, today=clock().date())
    act_as(services)
    window.show_view("reports")
    view = window.reports_view
    whole = view.report
    assert whole is not None and not whole.filter
    for dimension in ("desk", "staff", "segment", "language", "need"):
        table = view.tables[dimension][1]
        counts = [int(table.item(r, 1).text().replace(".", "")) for r in range(table.rowCount())]
        assert sum(counts) == whole.interactions  # each breakdown adds up to the total
    # Alt+E (Segm&en) to the segment filter; arrow keys choose; the report follows at once.
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    combo = view.filter_combos["segment"]
    assert QApplication.focusWidget() is combo
    while combo.currentData() != "student":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    filtered = view.report
    assert filtered.filter.segment == "student"
    assert 0 < filtered.interactions < whole.interactions
    assert filtered.interactions == whole.by_segment["student"]
    assert view.made_label.text().startswith("Segmen: Pelajar / mahasiswa. Dibuat")
    # The previous period is filtered the same way, and shown beside each figure.
    assert view.figure_labels["interactions"][
        2
    ].text() == f"{filtered.previous.interactions:,}".replace(",", ".")


def test_the_reports_export_writes_what_the_view_shows(
    qtbot, window, services, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import csv

    services._store.app_state.set("demo_data", "1")
    generate(services._store.db, 1500, 50, seed=6, today=clock().date())
    act_as(services)
    window.show_view("reports")
    view = window.reports_view
    combo = view.filter_combos["language"]
    combo.setCurrentIndex(combo.findData("en"))
    view.refresh()
    path = tmp_path / "stats.csv"
    window.exporter.export_stats("csv", path)
    qtbot.waitUntil(lambda: window.exporter.last_export_result is not None, timeout=10000)
    rows = list(csv.DictReader(path.read_text("utf-8-sig").splitlines()))
    assert len(rows) == view.report.interactions == window.exporter.last_export_result > 0
    assert {row["Bahasa"] for row in rows} == {"Inggris"}
    entry = services._store.audit.entries()[0]
    assert entry.detail["what"] == "stats" and entry.detail["language"] == "en"
