"""Documents for people, written or printed: the shift handover sheet and the patron slip.

Their PDFs are laid out by Qt (``exports``), imported only when one is written.
"""

from __future__ import annotations

from pathlib import Path

from desk_assistant.domain.documents import HandoverSheet, Slip
from desk_assistant.files import file_errors


class DocumentService:
    """Open to every role: the handover sheet masks contacts, the slip holds none."""

    def handover_pdf(self, sheet: HandoverSheet, path: Path) -> None:
        """Write the handover sheet as a PDF (a file that cannot be written is said in
        the user's words: :class:`~desk_assistant.errors.FileWriteError`)."""
        from desk_assistant.exports.handover import write_handover_pdf

        with file_errors(path):
            write_handover_pdf(sheet, path)

    def slip_pdf(self, slip: Slip, path: Path) -> None:
        """Write the patron slip as an A6 PDF."""
        from desk_assistant.exports.slip import write_slip_pdf

        with file_errors(path):
            write_slip_pdf(slip, path)

    def slip_html(self, slip: Slip) -> str:
        """The slip as HTML, for printing."""
        from desk_assistant.exports.slip import slip_html

        return slip_html(slip)
