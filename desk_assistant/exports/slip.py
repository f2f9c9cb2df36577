"""The patron slip: library, reference code, item, next step and date. No staff-only data."""

from __future__ import annotations

import html
from pathlib import Path

from desk_assistant.domain.documents import Slip
from desk_assistant.exports.pdf import write_html_pdf


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
    """Write an A6 PDF of ``slip`` to ``path``."""
    write_html_pdf(slip_html(slip), path, page="A6", title=slip.heading)
