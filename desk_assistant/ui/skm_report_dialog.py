"""File → Satisfaction survey → SKM report: the days it covers (the latest survey period's
to begin with), its figures at a glance — respondents against the sample needed, the index
and its quality — and the report saved as a PDF or an Excel workbook (the same report as
``desk-assistant export skm``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import format_number, text
from desk_assistant.ui.paths import in_documents

if TYPE_CHECKING:
    from desk_assistant.ui.main_window import MainWindow


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SkmReportDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("skmReportDialog")
        self.window_ = window
        self.feedback = window.services.feedback
        self.lang = window.language()
        self.saved: Path | None = None
        since, until = self.feedback.survey_span(None, None)
        self.setWindowTitle(self.tr("SKM report"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.since_edit = QDateEdit(_qdate(since), self)
        self.since_edit.setObjectName("skmSince")
        self.until_edit = QDateEdit(_qdate(until), self)
        self.until_edit.setObjectName("skmUntil")
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.dateChanged.connect(self.refresh)
        form.addRow(self.tr("&From:"), self.since_edit)
        form.addRow(self.tr("&To:"), self.until_edit)
        layout.addLayout(form)
        self.summary = QLabel(self)
        self.summary.setObjectName("skmSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error = QLabel(self)
        self.error.setObjectName("skmReportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B71C1C;")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.pdf_button.setObjectName("skmSavePdf")
        self.xlsx_button = QPushButton(self.tr("Save as &Excel…"), self)
        self.xlsx_button.setObjectName("skmSaveXlsx")
        for button, fmt in ((self.pdf_button, "pdf"), (self.xlsx_button, "xlsx")):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, f=fmt: self.choose_file(f))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 300)
        self.refresh()

    def period(self) -> tuple[date, date]:
        return _day(self.since_edit.date()), _day(self.until_edit.date())

    def refresh(self) -> None:
        """The figures of the days chosen."""
        since, until = self.period()
        if since > until:
            self.summary.setText(self.tr("The first day comes after the last."))
            for button in (self.pdf_button, self.xlsx_button):
                button.setEnabled(False)
            return
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(True)
        report = self.feedback.skm_report(since, until)
        result, lang = report.result, self.lang
        lines = [
            self.tr("Respondents: %1. Patrons served in these days: %2; the sample needs %3.")
            .replace("%1", format_number(result.respondents, lang))
            .replace("%2", format_number(report.population, lang))
            .replace("%3", format_number(report.sample_needed, lang))
        ]
        if result.respondents:
            performance = text("Skm", result.grade.performance, lang)
            lines.append(
                self.tr("SKM index: %1 — quality %2 (%3)")
                .replace("%1", format_number(result.converted, lang, 2))
                .replace("%2", result.grade.letter)
                .replace("%3", performance)
            )
        else:
            lines.append(self.tr("No answers in these days: no index yet."))
        self.summary.setText("\n".join(lines))

    def choose_file(self, fmt: str) -> None:
        since, until = self.period()
        name = f"skm-{since.isoformat()}-{until.isoformat()}.{fmt}"
        kind = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("SKM report"), in_documents(name), kind
        )
        if chosen:
            self.save(fmt, Path(chosen))

    def save(self, fmt: str, path: Path) -> bool:
        """The report to ``path``; a file that cannot be written is said here, in plain
        words, and nothing else changes."""
        since, until = self.period()
        window = self.window_
        try:
            self.feedback.export_skm(
                fmt, since, until, path, window.who(), self.lang, window.library_name()
            )
        except DeskAssistantError as exc:
            self.error.setText(exc.user_message(self.lang))
            self.error.show()
            return False
        self.error.hide()
        self.saved = path
        window.statusBar().showMessage(
            self.tr("SKM report saved: %1").replace("%1", str(path)), 10000
        )
        return True
