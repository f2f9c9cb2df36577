"""The Qt binding must not leak references to None (PySide6 6.12.0 did, on every call of
a void method; a day of use at the desk then aborts the interpreter)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_methods_keep_none_referenced(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Selamat pagi")
        label.repaint()
    assert sys.getrefcount(None) - before > -100
