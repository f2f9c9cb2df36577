"""Exports from the window: choosing the file, running it in the background, saying how it
went."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QFileDialog

from desk_assistant.domain.roles import Role
from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import format_number
from desk_assistant.ui.paths import in_documents
from desk_assistant.ui.settings import CSV_SEPARATOR

if TYPE_CHECKING:
    from desk_assistant.ui.export_runner import ExportRunner, Job
    from desk_assistant.ui.main_window import MainWindow


class ExportController(QObject):
    """Follow-up and statistics exports, and the printable report."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_export_result: int | None = None
        self.exports_running: list[ExportRunner] = []

    def choose_followup_export(self) -> None:
        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export follow-ups"),
            in_documents(f"tindak-lanjut-{self.window.clock().date().isoformat()}.xlsx"),
            "Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)",
        )
        if path:
            fmt = Path(path).suffix.lower().lstrip(".")
            fmt = fmt if fmt in ("csv", "xlsx", "pdf") else chosen.split("*.")[-1].rstrip(")")
            self.export_followups(fmt, Path(path))

    def semicolon_csv_chosen(self) -> bool:
        """Excel splits a CSV on the list separator of the PC's regional settings: ';'
        where decimals are written with a comma, as in Indonesian."""
        chosen = self.window.settings.get(CSV_SEPARATOR)
        if chosen in ("comma", "semicolon"):
            return bool(chosen == "semicolon")
        return QLocale.system().decimalPoint() == ","

    def csv_separator(self) -> str:
        return ";" if self.window.semicolon_csv_action.isChecked() else ","

    def export_followups(self, fmt: str, path: Path) -> ExportRunner:
        filt = self.window.followups_view.current_filter()
        masked = self.window.mask_exports_action.isChecked()
        who, role, lang = self.window.who(), self.window.auth.role.value, self.window.language()
        library, flag_after = self.window.library_name(), self.window.followups.flag_after
        separator = self.csv_separator()

        def job(service, progress, cancelled):  # type: ignore[no-untyped-def]
            return service.export_followups(
                fmt,
                filt,
                path,
                who,
                role,
                lang,
                masked,
                library,
                flag_after,
                progress,
                cancelled,
                separator,
            )

        return self._run_export(job, self.window.followups.count(filt), path)

    def export_stats(self, fmt: str, path: Path | None = None) -> ExportRunner | None:
        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return None
        since, until = self.window.reports_view.period()
        report_filter = self.window.reports_view.report_filter()  # what the view shows
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export statistics"),
                in_documents(f"statistik-{since.isoformat()}-{until.isoformat()}.{fmt}"),
                f"{fmt.upper()} (*.{fmt})",
            )
            if not chosen:
                return None
            path = Path(chosen)
        who, role, lang, library = (
            self.window.who(),
            self.window.auth.role.value,
            self.window.language(),
            self.window.library_name(),
        )
        total = (
            self.window.reports_view.report.interactions if self.window.reports_view.report else 0
        )
        target, separator = path, self.csv_separator()

        def job(service, progress, cancelled):  # type: ignore[no-untyped-def]
            return service.export_stats(
                fmt,
                since,
                until,
                target,
                who,
                role,
                lang,
                library,
                progress,
                cancelled,
                separator,
                report_filter,
            )

        return self._run_export(job, total, path)

    def _run_export(self, job: Job, total: int, path: Path) -> ExportRunner:
        from desk_assistant.ui.export_runner import run_with_progress

        def done(count: int) -> None:
            self.last_export_result = count
            self.window.statusBar().showMessage(
                self.tr("Exported %1 rows to %2")
                .replace("%1", format_number(count, self.window.language()))
                .replace("%2", str(path)),
                10000,
            )

        def failed(message: str) -> None:
            self.last_export_result = -1
            if message:
                self.window.show_error(self.tr("The export failed: %1").replace("%1", message))
            else:
                self.window.statusBar().showMessage(
                    self.tr("Export cancelled; no file written."), 8000
                )

        self.last_export_result = None
        runner = run_with_progress(
            self.window,
            self.window.services,
            self.window.language(),
            job,
            total,
            path,
            done,
            failed,
        )
        self.exports_running.append(runner)
        for signal in (runner.finished, runner.failed):
            signal.connect(lambda _r, r=runner: self._export_ended(r))
        return runner

    def _export_ended(self, runner: ExportRunner) -> None:
        with contextlib.suppress(ValueError):
            self.exports_running.remove(runner)

    def save_report_pdf(self) -> None:
        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        since, until = self.window.reports_view.period()
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the report"),
            in_documents(f"laporan-{since.isoformat()}-{until.isoformat()}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            try:
                self.write_report_pdf(Path(chosen))
            except DeskAssistantError as exc:
                self.window.show_error(exc.user_message(self.window.language()))

    def write_report_pdf(self, path: Path) -> int:
        """The report with its charts as a PDF; returns the page count."""
        if self.window.reports_view.report is None:
            self.window.reports_view.refresh()
        report = self.window.reports_view.report
        assert report is not None
        if not self.window.reports_view.chart_png:
            self.window.reports_view.show_charts()
        lang = self.window.language()
        return self.window.services.exports.report_pdf(
            report,
            path,
            lang,
            self.window.library_name(),
            self.window.who(),
            self.window.reports_view.chart_png,
            {o.id: o.label.get(lang) for o in self.window.services.packs.active.options},
        )
