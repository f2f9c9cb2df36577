"""Documents for people: the shift handover sheet and the patron slip (save, print)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desk_assistant.domain.documents import HandoverSheet, Slip
from desk_assistant.domain.flow import InteractionFlow
from desk_assistant.errors import FileWriteError
from desk_assistant.i18n import format_date
from desk_assistant.ui.labels import status_label
from desk_assistant.ui.paths import in_documents

if TYPE_CHECKING:
    from desk_assistant.ui.main_window import MainWindow


class Documents(QObject):
    """The handover sheet and the patron slip."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def handover_sheet(self) -> HandoverSheet:
        today = self.window.clock().date()
        lang = self.window.language()
        overdue, due_today = self.window.followups.handover()
        sections = [
            (
                heading,
                tuple(
                    (
                        row.code,
                        row.due.strftime("%d-%m-%Y") if row.due else "—",
                        status_label(row.status),
                        row.title,
                        row.patron_name or "—",  # masked by the service
                        row.phone or "—",
                        str(row.attempts),
                        row.staff,
                    )
                    for row in rows
                ),
            )
            for heading, rows in ((self.tr("Overdue"), overdue), (self.tr("Due today"), due_today))
        ]
        return HandoverSheet(
            library=self.window.library_name(),
            title=self.tr("Shift handover: follow-ups"),
            subtitle=self.tr("%1 · %2")
            .replace("%1", format_date(today, lang))
            .replace("%2", self.window.status.headline()),
            headers=(
                self.tr("Code"),
                self.tr("Promised by"),
                self.tr("Status"),
                self.tr("Item"),
                self.tr("Patron"),
                self.tr("Contact"),
                self.tr("Attempts"),
                self.tr("Staff"),
            ),
            sections=tuple(sections),
            empty_text=self.tr("None."),
            footer=self.tr(
                "Contact details are masked. Reveal them in Desk Assistant (recorded). "
                "Dispose of this sheet as confidential waste."
            ),
        )

    def save_handover(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save handover sheet"),
            in_documents(f"handover-{self.window.clock().date().isoformat()}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.write_handover(Path(path))

    def write_handover(self, path: Path) -> bool:
        try:
            self.window.services.documents.handover_pdf(self.handover_sheet(), path)
        except FileWriteError as exc:
            self.window.show_error(
                self.tr("The sheet could not be saved: %1").replace(
                    "%1", exc.reason(self.window.language())
                )
            )
            return False
        self.window.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(path)), 8000)
        return True

    def slip_for(self, flow: InteractionFlow) -> Slip | None:
        """The slip of a recorded next step, in the UI language; None if there is none."""
        next_step = flow.next_step
        if next_step is None:
            return None
        lang = self.window.language()
        case = next_step.case
        item = case.item.title + (f" — {case.item.author}" if case.item.author else "")
        return Slip(
            library=self.window.library_name(),
            heading=self.tr("Service slip"),
            code_label=self.tr("Your reference code"),
            code=next_step.code,
            item_label=self.tr("You asked for"),
            item=item,
            next_step_label=self.tr("Next step"),
            next_step=flow.next_step_text(lang),
            footer=self.tr("Quote this code when you call or come back to the desk. Thank you!"),
        )

    def show_slip(self, flow: InteractionFlow) -> None:
        slip = self.slip_for(flow)
        if slip is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Patron slip"), slip.next_step, parent=self.window
        )
        box.setObjectName("slipBox")
        print_button = box.addButton(self.tr("&Print…"), QMessageBox.ButtonRole.AcceptRole)
        pdf_button = box.addButton(self.tr("Save as &PDF…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is print_button:
            self.print_slip(slip)
        elif box.clickedButton() is pdf_button:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save patron slip"),
                in_documents(f"{slip.code or 'slip'}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if path:
                self.save_slip_pdf(slip, Path(path))
        # Back to the flow: the next Enter goes on, it does not open the slip again.
        self.window.activateWindow()
        self.window.desk_view.setFocus()

    def save_slip_pdf(self, slip: Slip, path: Path) -> bool:
        try:
            self.window.services.documents.slip_pdf(slip, path)
        except FileWriteError as exc:
            self.window.show_error(
                self.tr("The slip could not be saved: %1").replace(
                    "%1", exc.reason(self.window.language())
                )
            )
            return False
        self.window.statusBar().showMessage(
            self.tr("Slip saved: %1").replace("%1", str(path)), 8000
        )
        return True

    def print_slip(self, slip: Slip) -> None:
        from PySide6.QtGui import QPageSize, QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setHtml(self.window.services.documents.slip_html(slip))
            document.print_(printer)
