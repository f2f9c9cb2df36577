"""The application's look: one style sheet, with sizes that follow the text-size setting."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QWidget

from desk_assistant.domain.followup import CODE_ALPHABET

STYLE_SHEET = """
#promptLabel {{ color: {c.prompt}; font-size: {prompt}pt; font-weight: bold; }}
#promptLabel[compact="true"] {{ font-size: {compact}pt; }}
#hintLabel[compact="true"] {{ font-size: {base}pt; }}
#hintLabel {{
    background: {c.hint_bg}; border-left: 5px solid {c.hint_edge}; padding: 8px 12px;
    color: {c.hint_fg}; font-size: {hint}pt;
}}
#phaseProgress QLabel {{ border-radius: 6px; padding: 6px 8px; font-size: {phase}pt; }}
#phaseProgress QLabel[state="done"] {{ background: {c.done_bg}; color: {c.done_fg}; }}
#phaseProgress QLabel[state="current"] {{
    background: {c.current_bg}; color: {c.current_fg}; font-weight: bold;
}}
#phaseProgress QLabel[state="todo"] {{ background: {c.todo_bg}; color: {c.todo_fg}; }}
QPushButton[choice="true"] {{ text-align: left; padding: 6px 12px; font-size: {choice}pt; }}
#banner[kind="warning"] {{
    background: {c.warn_bg}; border: 2px solid {c.warn_edge}; color: {c.warn_fg}; padding: 8px;
    font-weight: bold; font-size: {hint}pt;
}}
#banner[kind="info"] {{
    background: {c.info_bg}; border: 2px solid {c.info_edge}; padding: 10px;
    font-size: {readback}pt; color: {c.info_fg};
}}
#keysLabel {{ color: {c.muted}; }}
#savedLabel {{ color: {c.ok}; font-weight: bold; }}
#errorLabel {{ color: {c.error}; font-weight: bold; }}
QLabel[role="fieldError"] {{ color: {c.error}; font-weight: bold; }}
QLabel[role="optionLine"] {{ color: {c.prompt}; font-style: italic; margin-left: 24px; }}
#optionsKeys {{ color: {c.muted}; }}
#panelTitle {{ font-size: {hint}pt; font-weight: bold; color: {c.error}; }}
#resultLabel {{
    background: {c.result_bg}; border: 2px solid {c.result_edge}; padding: 8px;
    color: {c.text}; font-size: {hint}pt;
}}
#shiftHeadline, #headlineLabel[alarm="true"] {{ color: {c.error}; font-weight: bold; }}
QLabel[role="factName"] {{ font-weight: bold; }}
QLabel[overdue="true"] {{ color: {c.error}; font-weight: bold; }}
#roleLabel[elevated="true"] {{
    background: {c.elevated_bg}; color: {c.elevated_fg}; padding: 2px 8px;
}}
#flagLabel {{ color: {c.error}; font-weight: bold; }}
#detailHeading {{ font-size: {hint}pt; font-weight: bold; }}
#leaveBar {{ background: {c.leave_bg}; border: 2px solid {c.leave_edge}; }}
#leaveBar QLabel {{ color: {c.text}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px; }}
"""

# High contrast draws its own edges: the platform's are shades of the window colour, which
# vanish on black. A ticked box is filled, a focused field edged in the highlight.
HIGH_CONTRAST_SHEET = """
QLineEdit, QComboBox, QDateEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
QListView, QTreeView, QTableView {{ border: 1px solid {c.text}; }}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QAbstractSpinBox:focus,
QPlainTextEdit:focus, QTextEdit:focus, QListView:focus, QTreeView:focus,
QTableView:focus {{ border: 2px solid {c.highlight}; }}
QCheckBox::indicator, QRadioButton::indicator {{
    border: 2px solid {c.text}; background: {c.base};
}}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{
    background: {c.highlight};
}}
QPushButton {{ border: 1px solid {c.text}; padding: 4px 10px; background: {c.button}; }}
QPushButton:focus {{ border: 2px solid {c.highlight}; }}
QPushButton:disabled {{ border: 1px dashed {c.disabled}; }}
"""


@dataclass(frozen=True)
class Colours:
    """The colours of one look. Every text colour meets WCAG 2.2 AA (4.5:1) on the
    background it is drawn on (tests/ui/test_look.py checks each pair)."""

    window: str
    text: str
    base: str
    button: str
    highlight: str
    highlight_text: str
    disabled: str
    link: str
    prompt: str
    hint_bg: str
    hint_fg: str
    hint_edge: str
    done_bg: str
    done_fg: str
    current_bg: str
    current_fg: str
    todo_bg: str
    todo_fg: str
    warn_bg: str
    warn_fg: str
    warn_edge: str
    info_bg: str
    info_fg: str
    info_edge: str
    muted: str
    ok: str
    error: str
    result_bg: str
    result_edge: str
    elevated_bg: str
    elevated_fg: str
    leave_bg: str
    leave_edge: str


NORMAL = Colours(
    window="#efefef", text="#000000", base="#ffffff", button="#e8e8e8",
    highlight="#1565c0", highlight_text="#ffffff", disabled="#5f5f5f", link="#0d47a1",
    prompt="#0d2a6b", hint_bg="#fff8e1", hint_fg="#4e342e", hint_edge="#f9a825",
    done_bg="#e8f5e9", done_fg="#1b5e20", current_bg="#1565c0", current_fg="#ffffff",
    todo_bg="#e0e0e0", todo_fg="#424242", warn_bg="#ffebee", warn_fg="#b71c1c",
    warn_edge="#c62828", info_bg="#e3f2fd", info_fg="#0d2a6b", info_edge="#1565c0",
    muted="#424242", ok="#1b5e20", error="#b71c1c", result_bg="#e8f5e9",
    result_edge="#2e7d32", elevated_bg="#6a1b9a", elevated_fg="#ffffff",
    leave_bg="#fff3e0", leave_edge="#ef6c00",
)  # fmt: skip

# For low vision and glare at the desk: light text on black, yellow for what matters.
HIGH_CONTRAST = Colours(
    window="#000000", text="#ffffff", base="#000000", button="#1a1a1a",
    highlight="#ffff00", highlight_text="#000000", disabled="#b0b0b0", link="#80d8ff",
    prompt="#ffff00", hint_bg="#000000", hint_fg="#ffffff", hint_edge="#ffff00",
    done_bg="#000000", done_fg="#7cff7c", current_bg="#ffff00", current_fg="#000000",
    todo_bg="#000000", todo_fg="#ffffff", warn_bg="#000000", warn_fg="#ff9e9e",
    warn_edge="#ff9e9e", info_bg="#000000", info_fg="#80d8ff", info_edge="#80d8ff",
    muted="#e0e0e0", ok="#7cff7c", error="#ff9e9e", result_bg="#000000",
    result_edge="#7cff7c", elevated_bg="#ffff00", elevated_fg="#000000",
    leave_bg="#000000", leave_edge="#ffa726",
)  # fmt: skip


def colours() -> Colours:
    """The colours of the look in use (for what is drawn outside the style sheet)."""
    app = QApplication.instance()
    high = app is not None and bool(app.property("deskHighContrast"))
    return HIGH_CONTRAST if high else NORMAL


def palette_of(colours: Colours) -> QPalette:
    """The application palette of a look: what the style sheet does not colour itself
    (windows, fields, buttons, tables, menus) follows it, whatever the system's theme."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, colours.window),
        (roles.WindowText, colours.text),
        (roles.Base, colours.base),
        (roles.AlternateBase, colours.button),
        (roles.Text, colours.text),
        (roles.Button, colours.button),
        (roles.ButtonText, colours.text),
        (roles.ToolTipBase, colours.base),
        (roles.ToolTipText, colours.text),
        (roles.PlaceholderText, colours.disabled),
        (roles.Highlight, colours.highlight),
        (roles.HighlightedText, colours.highlight_text),
        (roles.Link, colours.link),
    ):
        palette.setColor(role, QColor(value))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours.disabled))
    return palette


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
        self.high_contrast = False

    def apply(self, scale: float, high_contrast: bool | None = None) -> None:
        self.scale = scale
        if high_contrast is not None:
            self.high_contrast = high_contrast
        self.app.setProperty("deskHighContrast", self.high_contrast)
        colours = HIGH_CONTRAST if self.high_contrast else NORMAL
        base = self.base_point_size * scale
        font = QFont(self.app.font())
        font.setPointSizeF(base)
        self.app.setFont(font)
        self.app.setPalette(palette_of(colours))
        sheet = STYLE_SHEET + (HIGH_CONTRAST_SHEET if self.high_contrast else "")
        self.app.setStyleSheet(
            sheet.format(
                c=colours,
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


class _ColumnsFollowText(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self.table.resizeColumnsToContents)
        return super().eventFilter(watched, event)


def columns_follow_text(table: QTableView) -> None:
    """A table's columns fit their contents again whenever the text size changes, also
    while it is open (else they keep their old widths: headers and cells cut)."""
    _ColumnsFollowText(table)
