"""The application's look: one style sheet, with sizes that follow the text-size setting."""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desk_assistant.domain.followup import CODE_ALPHABET

STYLE_SHEET = """
#promptLabel {{ color: #0d2a6b; font-size: {prompt}pt; font-weight: bold; }}
#promptLabel[compact="true"] {{ font-size: {compact}pt; }}
#hintLabel[compact="true"] {{ font-size: {base}pt; }}
#hintLabel {{
    background: #fff8e1; border-left: 5px solid #f9a825; padding: 8px 12px; color: #4e342e;
    font-size: {hint}pt;
}}
#phaseProgress QLabel {{ border-radius: 6px; padding: 6px 8px; font-size: {phase}pt; }}
#phaseProgress QLabel[state="done"] {{ background: #e8f5e9; color: #1b5e20; }}
#phaseProgress QLabel[state="current"] {{ background: #1565c0; color: white; font-weight: bold; }}
#phaseProgress QLabel[state="todo"] {{ background: #e0e0e0; color: #424242; }}
QPushButton[choice="true"] {{ text-align: left; padding: 6px 12px; font-size: {choice}pt; }}
#banner[kind="warning"] {{
    background: #ffebee; border: 2px solid #c62828; color: #b71c1c; padding: 8px;
    font-weight: bold; font-size: {hint}pt;
}}
#banner[kind="info"] {{
    background: #e3f2fd; border: 2px solid #1565c0; padding: 10px; font-size: {readback}pt;
    color: #0d2a6b;
}}
#keysLabel {{ color: #424242; }}
#savedLabel {{ color: #1b5e20; font-weight: bold; }}
#errorLabel {{ color: #b71c1c; font-weight: bold; }}
QLabel[role="fieldError"] {{ color: #b71c1c; font-weight: bold; }}
QLabel[role="optionLine"] {{ color: #0d2a6b; font-style: italic; margin-left: 24px; }}
#optionsKeys {{ color: #424242; }}
#panelTitle {{ font-size: {hint}pt; font-weight: bold; color: #b71c1c; }}
#resultLabel {{
    background: #e8f5e9; border: 2px solid #2e7d32; padding: 8px; font-size: {hint}pt;
}}
#shiftHeadline, #headlineLabel[alarm="true"] {{ color: #b71c1c; font-weight: bold; }}
QLabel[role="factName"] {{ font-weight: bold; }}
QLabel[overdue="true"] {{ color: #b71c1c; font-weight: bold; }}
#roleLabel[elevated="true"] {{ background: #6a1b9a; color: white; padding: 2px 8px; }}
#flagLabel {{ color: #b71c1c; font-weight: bold; }}
#detailHeading {{ font-size: {hint}pt; font-weight: bold; }}
#leaveBar {{ background: #fff3e0; border: 2px solid #ef6c00; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px; }}
"""


# From this text size on, views make room: one chart a row, a shorter status bar.
LARGE_TEXT = 1.5


def set_look_state(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on (``[state="current"]``) and restyle.

    The widget is restyled by setting its own style sheet again (changed, then back), which
    Qt answers with a fresh polish. ``widget.style().polish(widget)`` would do the same, but
    the first Python call of ``style()`` builds the bindings of every QStyle enumeration:
    15 ms of the desk's start, which this one place spares."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    sheet = widget.styleSheet()
    widget.setStyleSheet(sheet + " ")
    widget.setStyleSheet(sheet)


_CODE = re.compile(rf"\b(TL)-([{CODE_ALPHABET}]{{4,8}})\b")
NO_BREAK_HYPHEN = "\u2011"


def unbroken_codes(text: str) -> str:
    """Reference codes shown whole: ``TL-HWBM`` never breaks at its hyphen when a label
    wraps (a no-break hyphen, for the screen only; what is copied or sent keeps '-')."""
    return _CODE.sub(rf"\1{NO_BREAK_HYPHEN}\2", text)


def text_scale() -> float:
    """The text size in use, as a multiple of the platform's (1.0 before any Look)."""
    app = QApplication.instance()
    base = app.property("deskBasePointSize") if app is not None else None
    if not base or not isinstance(app, QApplication):
        return 1.0
    return float(app.font().pointSizeF()) / float(base)


class Look:
    """Applies the base text size (times ``scale``) and the style sheet to the application."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        # Remember the platform's size once per application, so a second Look (tests build
        # several windows) does not compound an earlier scale.
        stored = app.property("deskBasePointSize")
        if stored is None:
            size = app.font().pointSizeF()
            stored = size if size > 0 else 10.0
            app.setProperty("deskBasePointSize", stored)
        self.base_point_size = float(stored)
        self.scale = 1.0

    def apply(self, scale: float) -> None:
        self.scale = scale
        base = self.base_point_size * scale
        font = QFont(self.app.font())
        font.setPointSizeF(base)
        self.app.setFont(font)
        self.app.setStyleSheet(
            STYLE_SHEET.format(
                prompt=round(base * 2.2, 1),
                hint=round(base * 1.15, 1),
                readback=round(base * 1.5, 1),
                compact=round(base * 1.5, 1),
                base=round(base, 1),
                phase=round(base * 1.1, 1),
                choice=round(base * 1.25, 1),
                # Tick boxes grow with the text, so they stay easy to see and to hit.
                box=round(13 * scale),
            )
        )


class TextDialog(QDialog):
    """A dialog whose wrapped labels get the height they need.

    Qt sizes a new window as if each wrapped label were one line long, which cuts text off
    at large sizes; call :meth:`fit_to_text` again after showing an error line.
    """

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.fit_to_text()

    def fit_to_text(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
