"""A long table as a PDF, painted row by row: no row is ever split across two pages.

Laying out one huge HTML table (QTextDocument) costs time and memory that grow faster
than the rows, and splits a wrapped row where the page ends. Here every row is measured,
the rows are dealt out to pages (a row that does not fit starts the next page), and each
page is painted with its heading and column titles repeated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desk_assistant.errors import ExportCancelled
from desk_assistant.files import check_pdf, replacing

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class TableColumn:
    title: str
    weight: float  # its share of the page's width (the weights are summed)
    wrap: bool = False  # long text wraps onto more lines (the row grows); else one line
    right: bool = False  # numbers: aligned right
    anywhere: bool = False  # wraps inside words too (an e-mail address has no spaces)


def write_table_pdf(
    path: Path,
    heading: Sequence[str],
    columns: Sequence[TableColumn],
    rows: Iterable[Sequence[str]],
    page_label: Callable[[int, int], str],
    title: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[int, int]:
    """Write ``rows`` as an A4 landscape table; returns (rows, pages).

    ``heading``: the first line (in bold) and those under it, on the first page; later
    pages repeat the first line. ``page_label(n, total)`` is printed at each page's foot.
    The file appears only once complete; ``cancelled`` stops the painting and leaves
    whatever was at ``path`` as it was.
    """
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QFontMetricsF,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QPen,
    )

    with replacing(path, check=check_pdf) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(10, 10, 10, 10),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator("Desk Assistant")
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        width, height = float(area.width()), float(area.height())

        body = QFont("DejaVu Sans")
        body.setStyleHint(QFont.StyleHint.SansSerif)
        body.setPointSizeF(8.0)
        bold = QFont(body)
        bold.setBold(True)
        big = QFont(bold)
        big.setPointSizeF(12.0)
        metrics = QFontMetricsF(body, writer)
        bold_metrics = QFontMetricsF(bold, writer)
        big_metrics = QFontMetricsF(big, writer)
        pad = metrics.height() * 0.25
        line = metrics.height()

        total_weight = sum(c.weight for c in columns)
        lefts, widths = [], []
        x = 0.0
        for column in columns:
            lefts.append(x)
            widths.append(width * column.weight / total_weight)
            x += widths[-1]
        wrap = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop)
        one_line = int(Qt.TextFlag.TextSingleLine) | int(Qt.AlignmentFlag.AlignTop)

        anywhere = int(Qt.TextFlag.TextWrapAnywhere) | int(Qt.AlignmentFlag.AlignTop)

        def text_height(
            font_metrics: QFontMetricsF, text: str, w: float, flags: int = wrap
        ) -> float:
            if not text:
                return font_metrics.height()
            bound = font_metrics.boundingRect(QRectF(0, 0, w, 1e7), flags, text)
            return max(font_metrics.height(), bound.height())

        def cell_flags(column: TableColumn) -> int:
            flags = anywhere if column.anywhere else wrap if column.wrap else one_line
            return flags | (int(Qt.AlignmentFlag.AlignRight) if column.right else 0)

        # The column titles wrap too: their row is as tall as the tallest.
        header_height = 2 * pad + max(
            text_height(bold_metrics, c.title, w - 2 * pad)
            for c, w in zip(columns, widths, strict=True)
        )
        first_heading = (
            big_metrics.height()
            + sum(text_height(metrics, text, width) for text in heading[1:])
            + pad * 2
        )
        later_heading = big_metrics.height() + pad * 2
        foot = line + pad

        # Measure every row and deal the rows out to pages.
        texts: list[Sequence[str]] = []
        pages: list[list[tuple[int, float, float]]] = [[]]
        y = first_heading + header_height
        bottom = height - foot
        count = 0
        for row in rows:
            texts.append(row)
            row_height = 2 * pad + max(
                text_height(metrics, cell, w - 2 * pad, cell_flags(c)) if c.wrap else line
                for cell, c, w in zip(row, columns, widths, strict=True)
            )
            if y + row_height > bottom and pages[-1]:
                pages.append([])
                y = later_heading + header_height
            pages[-1].append((count, y, row_height))
            y += row_height
            count += 1
            if count % 500 == 0 and cancelled is not None and cancelled():
                raise ExportCancelled

        if cancelled is not None and cancelled():  # measured: asked before painting
            raise ExportCancelled
        grid = QPen(QColor("#9e9e9e"))
        grid.setWidthF(1.0)
        shade = QColor("#eeeeee")
        painter = QPainter(writer)
        try:
            total = len(pages)
            painted = 0
            for number, page in enumerate(pages, start=1):
                if number > 1:
                    writer.newPage()
                painter.setFont(big)
                painter.drawText(QRectF(0, 0, width, big_metrics.height()), one_line, heading[0])
                top = big_metrics.height()
                if number == 1:
                    painter.setFont(body)
                    for text in heading[1:]:
                        h = text_height(metrics, text, width)
                        painter.drawText(QRectF(0, top, width, h), wrap, text)
                        top += h
                top += pad * 2
                # The column titles, on a shaded band.
                painter.fillRect(QRectF(0, top, width, header_height), shade)
                painter.setFont(bold)
                for column, left, w in zip(columns, lefts, widths, strict=True):
                    painter.drawText(
                        QRectF(left + pad, top + pad, w - 2 * pad, header_height),
                        wrap | (int(Qt.AlignmentFlag.AlignRight) if column.right else 0),
                        column.title,
                    )
                painter.setFont(body)
                painter.setPen(grid)
                table_top = top
                end = top + header_height
                painter.drawLine(QPointF(0, end), QPointF(width, end))
                painter.setPen(QPen(QColor("black")))
                for index, y, row_height in page:
                    for cell, column, left, w in zip(
                        texts[index], columns, lefts, widths, strict=True
                    ):
                        if cell:
                            painter.drawText(
                                QRectF(left + pad, y + pad, w - 2 * pad, row_height - pad),
                                cell_flags(column),
                                cell,
                            )
                    end = y + row_height
                    painter.setPen(grid)
                    painter.drawLine(QPointF(0, end), QPointF(width, end))
                    painter.setPen(QPen(QColor("black")))
                    texts[index] = ()  # painted: its memory may go
                    painted += 1
                    if painted % 500 == 0:
                        if cancelled is not None and cancelled():
                            raise ExportCancelled
                        if progress is not None:
                            progress(painted)
                painter.setPen(grid)
                for left in (*lefts, width):
                    painter.drawLine(QPointF(left, table_top), QPointF(left, end))
                painter.drawLine(QPointF(0, table_top), QPointF(width, table_top))
                painter.setPen(QPen(QColor("black")))
                painter.drawText(
                    QRectF(0, height - line, width, line),
                    one_line | int(Qt.AlignmentFlag.AlignRight),
                    page_label(number, total),
                )
        finally:
            painter.end()
        del writer
        if cancelled is not None and cancelled():  # painted, not yet in place: kept out
            raise ExportCancelled
    return count, len(pages)
