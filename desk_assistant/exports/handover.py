"""The shift handover sheet: follow-ups due today and overdue, contact masked."""

from __future__ import annotations

import html
from pathlib import Path

from desk_assistant.domain.documents import HandoverSheet
from desk_assistant.exports.pdf import write_html_pdf


def handover_html(sheet: HandoverSheet) -> str:
    e = html.escape
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 9pt'>",
        f"<p style='font-size: 14pt; font-weight: bold'>{e(sheet.library)}</p>",
        f"<p style='font-size: 12pt'>{e(sheet.title)}</p>",
        f"<p>{e(sheet.subtitle)}</p>",
    ]
    for heading, rows in sheet.sections:
        parts.append(
            f"<p style='font-size: 11pt; font-weight: bold'>{e(heading)} ({len(rows)})</p>"
        )
        if not rows:
            parts.append(f"<p>{e(sheet.empty_text)}</p>")
            continue
        parts.append(
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'"
            " style='border-collapse: collapse'><tr>"
        )
        parts.extend(f"<th align='left'>{e(h)}</th>" for h in sheet.headers)
        parts.append("<th>✓</th></tr>")
        for row in rows:
            parts.append("<tr>")
            parts.extend(f"<td>{e(cell)}</td>" for cell in row)
            parts.append("<td>&nbsp;&nbsp;&nbsp;</td></tr>")
        parts.append("</table>")
    parts.append(f"<p style='font-size: 7pt'>{e(sheet.footer)}</p></body></html>")
    return "".join(parts)


def write_handover_pdf(sheet: HandoverSheet, path: Path) -> int:
    return write_html_pdf(handover_html(sheet), path, page="A4", title=sheet.title, landscape=True)
