"""Preferences of this desk PC, declared once (name, type, default) over QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


LANGUAGE = Option("ui/language", str, "id")
FONT_SCALE = Option("ui/font_scale", float, 1.0)
HIGH_CONTRAST = Option("ui/high_contrast", bool, False)
STAFF = Option("shift/staff", str, "")
DESK = Option("shift/desk", str, "")
SEGMENT = Option("desk/segment", str, "general")
# The desk this PC is bound to, set by the supervisor: it reveals its own follow-ups.
THIS_DESK = Option("desk/this_pc", str, "")
# "comma" or "semicolon"; empty: as this PC's regional settings write lists (see MainWindow).
CSV_SEPARATOR = Option("exports/csv_separator", str, "")

FONT_SCALES = (0.8, 0.9, 1.0, 1.25, 1.5, 1.75, 2.0)


class Settings:
    """Typed access to QSettings; the store is passed in so tests use a temporary file."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def get(self, option: Option) -> Any:
        value = self.store.value(option.key, option.default)
        try:
            return option.type(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value: Any) -> None:
        self.store.setValue(option.key, value)
        self.store.sync()
