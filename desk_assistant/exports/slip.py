"""The patron slip: library, reference code, item, next step and date. No staff-only data.

Qt's PDF writer is imported inside the function (the exports package loads no Qt at import
time), so the command line can write a slip offscreen.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Slip:
    library: str
    heading: str
    code_label: str
    code: str | None
    item_label: str
    item: str
    next_step_label: str
    next_step: str
    footer: str


def slip_html(slip: Slip) -> str:
    e = html.escape
    code = (
        f"<p style='font-size:8pt'>{e(slip.code_label)}</p>"
        f"<p style='font-size:20pt; font-weight:bold; letter-spacing:2px'>{e(slip.code)}</p>"
        if slip.code
        else ""
    )
    return (
        "<html><body style='font-family: sans-serif'>"
        f"<p style='font-size:10pt; font-weight:bold'>{e(slip.library)}</p>"
        f"<p style='font-size:8pt'>{e(slip.heading)}</p><hr/>"
        f"{code}"
        f"<p style='font-size:8pt'><b>{e(slip.item_label)}</b><br/>{e(slip.item)}</p>"
        f"<p style='font-size:8pt'><b>{e(slip.next_step_label)}</b><br/>{e(slip.next_step)}</p>"
        f"<hr/><p style='font-size:6.5pt'>{e(slip.footer)}</p>"
        "</body></html>"
    )


def write_slip_pdf(slip: Slip, path: Path) -> None:
    """Write an A6 PDF of ``slip`` to ``path`` (replaced only once it is complete)."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A6),
            QPageLayout.Orientation.Portrait,
            QMarginsF(8, 8, 8, 8),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    writer.setTitle(slip.heading)
    document = QTextDocument()
    document.setHtml(slip_html(slip))
    # Lay the text out on the printable area in points; print_() scales it to the device.
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(area.width(), area.height()))
    document.print_(writer)
    del writer
    tmp.replace(path)
