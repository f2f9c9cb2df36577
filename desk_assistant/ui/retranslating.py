"""Widgets whose texts follow the language switch at run time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent

from desk_assistant.ui.guard import guarded


class Retranslating:
    """Mix into a QWidget subclass (first base) that defines ``retranslate()``."""

    def retranslate(self) -> None:
        raise NotImplementedError

    @guarded
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        parent: Any = super()
        parent.changeEvent(event)
