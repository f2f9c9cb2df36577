"""The script editor's undoable commands: a text edited, the structure changed."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from desk_assistant.domain import pack_editing

if TYPE_CHECKING:
    from desk_assistant.ui.scripts_view import ScriptsView


class EditText(QUndoCommand):
    """One text edit, undoable."""

    def __init__(
        self, view: ScriptsView, path: pack_editing.Path, lang: str, old: str, new: str
    ) -> None:
        super().__init__(f"{'.'.join(map(str, path))}.{lang}")
        self.view, self.path, self.lang = view, path, lang
        self.old, self.new = old, new

    def redo(self) -> None:
        self.view.apply_text(self.path, self.lang, self.new)

    def undo(self) -> None:
        self.view.apply_text(self.path, self.lang, self.old)

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return EDIT_TEXT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        """Typing on in the same field is one undo step, however many keys it took."""
        if not isinstance(other, EditText) or (other.path, other.lang) != (self.path, self.lang):
            return False
        if other.old != self.new:
            return False
        self.new = other.new
        return True


EDIT_TEXT_ID = 1


class ChangeStructure(QUndoCommand):
    """A change to the pack's structure, undone by restoring the whole pack as it was."""

    def __init__(
        self, view: ScriptsView, name: str, change: Callable[[dict[str, Any]], None]
    ) -> None:
        super().__init__(name)
        self.view = view
        self.before = copy.deepcopy(view.data)
        after = copy.deepcopy(view.data)
        change(after)
        self.after = after

    def redo(self) -> None:
        self.view.replace_data(copy.deepcopy(self.after))

    def undo(self) -> None:
        self.view.replace_data(copy.deepcopy(self.before))
