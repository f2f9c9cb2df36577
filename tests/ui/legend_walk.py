"""Walks that press only the keys the legend shows at that moment, read from the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from desk_assistant.ui.key_legend import ENTRY_SEPARATOR, KEY_SEPARATOR, NO_BREAK

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier

KEYS: dict[str, tuple[Qt.Key, Qt.KeyboardModifier]] = {
    "Enter": (Qt.Key.Key_Return, NONE),
    "Tab": (Qt.Key.Key_Tab, NONE),
    "Esc": (Qt.Key.Key_Escape, NONE),
    "Backspace": (Qt.Key.Key_Backspace, NONE),
    "Space": (Qt.Key.Key_Space, NONE),
    "Spasi": (Qt.Key.Key_Space, NONE),
    "↑": (Qt.Key.Key_Up, NONE),
    "↓": (Qt.Key.Key_Down, NONE),
    "F4": (Qt.Key.Key_F4, NONE),
    "F6": (Qt.Key.Key_F6, NONE),
    "F8": (Qt.Key.Key_F8, NONE),
    "Ctrl+Enter": (Qt.Key.Key_Return, CTRL),
    "Ctrl+P": (Qt.Key.Key_P, CTRL),
    "Ctrl+F": (Qt.Key.Key_F, CTRL),
    "Ctrl+R": (Qt.Key.Key_R, CTRL),
    "A": (Qt.Key.Key_A, NONE),
    "Y": (Qt.Key.Key_Y, NONE),
    "N": (Qt.Key.Key_N, NONE),
    "T": (Qt.Key.Key_T, NONE),
    **{str(n): (Qt.Key(int(Qt.Key.Key_0) + n), NONE) for n in range(10)},
}


def legend(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The keys the legend on screen shows now, each with its meaning ("1–7" spelled out)."""
    shown_labels = [
        label for label in window.findChildren(QLabel, "keysLabel") if label.isVisible()
    ]
    assert len(shown_labels) == 1, "one legend is on screen"
    label = shown_labels[0]
    shown: dict[str, str] = {}
    for entry in label.text().split(ENTRY_SEPARATOR):
        assert " " not in entry, f"an entry may break inside: {entry!r}"
        keys, _, meaning = entry.replace(NO_BREAK, " ").partition(": ")
        for token in keys.split(KEY_SEPARATOR):
            if "–" in token:
                low, high = (int(part) for part in token.split("–"))
                for number in range(low, high + 1):
                    shown[str(number)] = meaning
            else:
                shown[token] = meaning
    return shown


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, window, token: str) -> str:  # type: ignore[no-untyped-def]
    """Press ``token`` where the focus is, only if the legend shows it; returns its meaning."""
    shown = legend(window)
    assert token in shown, f"{token!r} is not in the legend {shown}"
    key, modifier = KEYS[token]
    qtbot.keyClick(focused(), key, modifier)
    return shown[token]


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the field with the focus (a text field, or a list searched by letter)."""
    field = focused()
    assert isinstance(field, QLineEdit | QComboBox), f"typing into {field!r}"
    qtbot.keyClicks(field, text)


def press_until(qtbot, window, token: str, reached, most: int = 12) -> None:  # type: ignore[no-untyped-def]
    """Press ``token`` (shown by the legend each time) until ``reached()`` holds."""
    for _ in range(most):
        if reached():
            return
        press(qtbot, window, token)
    assert reached(), f"{token!r} pressed {most} times"
