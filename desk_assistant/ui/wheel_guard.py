"""The wheel never changes a value it is not aimed at.

Scrolling a form or a detail pane with the mouse wheel passes over combo boxes, spin boxes
and date fields; Qt lets each of them take the wheel and change its value (a follow-up's
new status, a step's phase). One application-wide rule: a value widget takes the wheel
only while it has the keyboard focus; otherwise the wheel scrolls what it is inside.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

from desk_assistant.ui.guard import guarded

VALUE_WIDGETS = (QComboBox, QAbstractSpinBox)  # spin boxes, date and time edits


class WheelGuard(QObject):
    """Installed once on the application (:func:`install`)."""

    @guarded
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, VALUE_WIDGETS)
            and not watched.hasFocus()
        ):
            area = _scroll_area_around(watched)
            if area is not None:
                QCoreApplication.sendEvent(area.viewport(), event)
                event.accept()
            else:
                event.ignore()  # Qt offers it to the parents
            return True
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def install(app: QCoreApplication) -> WheelGuard:
    """The one guard of ``app`` (installing twice would filter twice)."""
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
