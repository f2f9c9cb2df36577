"""The SKM report from the window (File → Satisfaction survey → SKM report), by the keys
its labels show: the figures at a glance, saved as PDF or Excel, a bad place said plainly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desk_assistant.domain.skm import ELEMENTS
from desk_assistant.ui.skm_report_dialog import SkmReportDialog
from tests.conftest import act_as


def test_the_supervisor_saves_the_skm_report_from_the_window(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:
    import openpyxl

    act_as(services)
    services.feedback.start_survey("Kepala")
    for value in (4, 3, 3, 2):
        services.feedback.answer_survey({e: value for e in ELEMENTS}, "Meja 1")
    chosen: list[Path] = [tmp_path / "no-such-folder" / "skm.pdf", tmp_path / "skm.xlsx"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen.pop(0)), ""))
    seen: dict[str, object] = {}

    def alt(dialog, letter: str) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClick(dialog, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)

    def use_the_dialog() -> None:
        dialog = window.findChild(SkmReportDialog)
        assert dialog is not None
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        seen["summary"] = dialog.summary.text()
        alt(dialog, "D")  # Dari: the first day
        seen["focus"] = QApplication.focusWidget() is dialog.since_edit
        alt(dialog, "P")  # Simpan sebagai PDF…, to a folder that does not exist
        qtbot.waitUntil(dialog.error.isVisible)
        seen["error"] = dialog.error.text()
        alt(dialog, "E")  # Simpan sebagai Excel…
        qtbot.waitUntil(lambda: dialog.saved is not None)
        seen["status"] = window.statusBar().currentMessage()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    window.patron.show_survey_state()
    assert window.patron.report_action.text() == "&Laporan SKM (PDF atau Excel)…"
    QTimer.singleShot(0, use_the_dialog)
    window.patron.report_action.trigger()
    assert "Responden: 4. Pemustaka yang dilayani" in str(seen["summary"])
    assert "Nilai SKM: 75,00 — mutu C (Kurang baik)" in str(seen["summary"])
    assert seen["focus"] is True
    assert "skm.pdf" in str(seen["error"])  # said in the dialog, in plain words
    assert not (tmp_path / "no-such-folder").exists()
    assert "skm.xlsx" in str(seen["status"])
    book = openpyxl.load_workbook(tmp_path / "skm.xlsx")
    summary = {row[0].value: row[1].value for row in book["Ringkasan"].iter_rows() if len(row) > 1}
    assert summary["Responden"] == "4" and summary["Mutu pelayanan"] == "C"
    exports = [e for e in services._store.audit.entries() if e.action == "export"]
    assert exports and "skm" in str(exports[-1].detail)
    dialog = window.findChild(SkmReportDialog)
    assert dialog is None or not dialog.isVisible()  # Esc closed it


def test_the_days_reversed_offer_nothing_to_save(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    act_as(services)
    dialog = SkmReportDialog(window)
    dialog.since_edit.setDate(dialog.until_edit.date().addDays(1))
    assert "setelah" in dialog.summary.text()
    assert not dialog.pdf_button.isEnabled() and not dialog.xlsx_button.isEnabled()
    assert "Belum ada jawaban" not in dialog.summary.text()
    dialog.since_edit.setDate(dialog.until_edit.date())
    assert dialog.pdf_button.isEnabled() and "Belum ada jawaban" in dialog.summary.text()
    dialog.close()
