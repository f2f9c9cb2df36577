"""One option of the checklist: not said, chosen by the patron, or explained only.

The statistics need both what was offered and what was chosen, without slowing the desk:
one key (the option's number, or Space) cycles not said → chosen → explained, not chosen →
not said. The most common case, the patron's choice, is one press; an option explained and
turned down is a second press. The state is said in words beside the label (not only by
the box's look) so it reads the same in high contrast and to a screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget

# The cycle of one key press, from each state.
_NEXT = {
    Qt.CheckState.Unchecked: Qt.CheckState.Checked,
    Qt.CheckState.Checked: Qt.CheckState.PartiallyChecked,
    Qt.CheckState.PartiallyChecked: Qt.CheckState.Unchecked,
}


class OptionBox(QCheckBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTristate(True)
        self._label = ""
        self.checkStateChanged.connect(lambda _state: self._show_label())

    def nextCheckState(self) -> None:  # noqa: N802 (Qt name)
        """A click or Space: the next state of the cycle (Qt's own order differs)."""
        self.setCheckState(_NEXT[self.checkState()])

    def advance(self) -> None:
        """The option's number key: the same cycle as a click."""
        self.nextCheckState()

    def chosen(self) -> bool:
        return self.checkState() == Qt.CheckState.Checked

    def explained(self) -> bool:
        return self.checkState() == Qt.CheckState.PartiallyChecked

    def set_state(self, chosen: bool, explained: bool) -> None:
        self.setCheckState(
            Qt.CheckState.Checked
            if chosen
            else Qt.CheckState.PartiallyChecked
            if explained
            else Qt.CheckState.Unchecked
        )

    def set_label(self, label: str) -> None:
        """The option's name (with its number); the state is added in words."""
        self._label = label
        self._show_label()

    def _show_label(self) -> None:
        if self.chosen():
            state = self.tr("chosen")
        elif self.explained():
            state = self.tr("explained, not chosen")
        else:
            state = ""
        self.setText(f"{self._label} — {state}" if state else self._label)
        self.setAccessibleDescription(state)
