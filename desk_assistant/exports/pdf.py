"""HTML to PDF with Qt's own writer (QtGui only, imported when called: no window needed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desk_assistant.errors import ExportCancelled
from desk_assistant.files import check_pdf, replacing


def write_html_pdf(
    html: str, path: Path, page: str = "A4", title: str = "", landscape: bool = False
) -> int:
    """Write ``html`` as a PDF at ``path`` and return its page count.

    The file appears only once complete (written beside it, then renamed), so a failure
    never leaves half a PDF where the user expects one.
    """
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    page_id = {"A4": QPageSize.PageSizeId.A4, "A6": QPageSize.PageSizeId.A6}[page]
    margin = 8.0 if page == "A6" else 15.0
    # Qt's writer only prints a warning when it cannot open or write its file: the safe
    # writer makes the file first (a missing folder is an OSError that says why) and
    # checks that the PDF is complete before it replaces anything (a full disk is found).
    with replacing(path, check=check_pdf) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(page_id),
                QPageLayout.Orientation.Landscape
                if landscape
                else QPageLayout.Orientation.Portrait,
                QMarginsF(margin, margin, margin, margin),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator("Desk Assistant")
        document = QTextDocument()
        document.setHtml(html)
        # Lay the text out on the printable area in points; print_() scales to the device.
        area = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
        document.setDocumentMargin(0)
        document.setPageSize(QSizeF(area.width(), area.height()))
        pages = document.pageCount()
        document.print_(writer)
        del writer
    return int(pages)


def write_paged_pdf(
    html: str,
    path: Path,
    title: str = "",
    landscape: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """An A4 PDF with the page number at the foot of every page; returns the page count.

    Qt cannot stop in the middle of printing: a PDF finished after ``cancelled`` turned
    true is thrown away (ExportCancelled) and whatever was at ``path`` stays as it was.

    Qt paginates and numbers the pages itself (QTextDocument.print_ on an unpaginated
    document). Painting page by page from Python instead would call QPainter methods
    thousands of times, and PySide6 6.12 leaks a reference to None on each such call,
    which aborts the interpreter at exit.
    """
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    with replacing(path, check=check_pdf) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape
                if landscape
                else QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator("Desk Assistant")
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)
        del writer
        data = tmp.read_bytes()
        if cancelled is not None and cancelled():
            raise ExportCancelled
    return pdf_page_count(data)


def pdf_page_count(data: bytes) -> int:
    """Pages in a PDF written by Qt (its page tree's /Count)."""
    import re

    counts = [int(m) for m in re.findall(rb"/Count (\d+)", data)]
    return max(counts) if counts else 0
