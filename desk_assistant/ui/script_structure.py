"""The script editor's structure: steps, choices, variants, options, phases and call-script
lines added, removed, moved and linked; every change undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox

from desk_assistant.domain import pack_editing
from desk_assistant.ui.script_commands import ChangeStructure

if TYPE_CHECKING:
    from desk_assistant.ui.scripts_view import ScriptsView

CALL_SCRIPT = ("follow_up", "call_script")


class StructureEditing:
    """The structure commands of the Scripts view (mixed into it: they use its selection
    and its undo stack)."""

    data: dict[str, Any]
    undo_stack: QUndoStack
    preview_segment: QComboBox
    choice_combo: QComboBox
    choice_target: QComboBox
    choice_need: QComboBox

    if TYPE_CHECKING:

        def current_path(self) -> pack_editing.Path | None: ...

        def current_step(self) -> str | None: ...

        def select_path(self, path: pack_editing.Path) -> None: ...

    def _change(self, name: str, change: Callable[[dict[str, Any]], None]) -> None:
        self.undo_stack.push(ChangeStructure(cast("ScriptsView", self), name, change))

    def add_step(self) -> str | None:
        after = self.current_step()
        created: list[str] = []
        self._change("add step", lambda d: created.append(pack_editing.add_step(d, after)))
        new_id = created[0] if created else None
        if new_id is not None:
            index = pack_editing.step_ids(self.data).index(new_id)
            self.select_path(("steps", index, "text"))
        return new_id

    def remove_step(self) -> None:
        step_id = self.current_step()
        if step_id is not None:
            self._change("remove step", lambda d: pack_editing.remove_step(d, step_id))

    def set_flag(self, key: str, on: bool) -> None:
        path = self.current_path()
        if path is not None and path[0] in ("steps", "options"):
            self._change(key, lambda d: pack_editing.set_flag(d, path, key, on))

    def remove_selected(self) -> None:
        """Remove what the selected text belongs to: a step, choice, variant, option, phase,
        call-script line."""
        path = self.current_path()
        if path is not None and (
            path[0] in ("steps", "options", "phases") or path[:2] == CALL_SCRIPT
        ):
            self._change("remove", lambda d: pack_editing.remove_at(d, path))

    def add_variant(self) -> None:
        step_id = self.current_step()
        segment = self.preview_segment.currentData() or "general"
        if step_id is not None:
            self._change("add variant", lambda d: pack_editing.add_variant(d, step_id, segment))

    def add_option(self) -> None:
        added: list[int] = []
        self._change("add option", lambda d: added.append(pack_editing.add_option(d)))
        if added:
            self.select_path(("options", added[0], "label"))

    def add_phase(self) -> None:
        path = self.current_path()
        after = int(path[1]) if path and path[0] == "phases" else 0
        added: list[int] = []
        self._change("add phase", lambda d: added.append(pack_editing.add_phase(d, after)))
        if added:
            self.select_path(("phases", added[0], "label"))

    def add_call_line(self) -> None:
        """A new call-script line after the selected one (else at the end of the script)."""
        path = self.current_path()
        after = int(path[2]) if path is not None and path[:2] == CALL_SCRIPT else None
        added: list[int] = []
        self._change("add call line", lambda d: added.append(pack_editing.add_call_line(d, after)))
        if added:
            self.select_path((*CALL_SCRIPT, added[0], "text"))

    def move_step(self, offset: int) -> None:
        """Move the selected step, phase or call-script line up or down."""
        path = self.current_path()
        if path is not None and path[:2] == CALL_SCRIPT:
            line = int(path[2])
            moved_to: list[int] = []
            self._change(
                "move call line",
                lambda d: moved_to.append(pack_editing.move_call_line(d, line, offset)),
            )
            if moved_to:
                self.select_path((*CALL_SCRIPT, moved_to[0], "text"))
            return
        if path is not None and path[0] == "phases":
            index = int(path[1])
            moved: list[int] = []
            self._change(
                "move phase", lambda d: moved.append(pack_editing.move_phase(d, index, offset))
            )
            if moved:
                self.select_path(("phases", moved[0], "label"))
            return
        step_id = self.current_step()
        if step_id is not None:
            self._change("move step", lambda d: pack_editing.move_step(d, step_id, offset))

    def set_step_field(self, field: str, value: str | None) -> None:
        step_id = self.current_step()
        if step_id is not None:
            self._change(field, lambda d: pack_editing.set_field(d, step_id, field, value))

    def add_choice(self) -> None:
        step_id = self.current_step()
        if step_id is not None:
            target = self.choice_target.currentData() or step_id
            self._change("add choice", lambda d: pack_editing.add_choice(d, step_id, target))

    def remove_choice(self) -> None:
        step_id, index = self.current_step(), self.choice_combo.currentData()
        if step_id is not None and index is not None:
            self._change("remove choice", lambda d: pack_editing.remove_choice(d, step_id, index))

    def set_choice_target(self) -> None:
        step_id, index = self.current_step(), self.choice_combo.currentData()
        target = self.choice_target.currentData()
        if step_id is not None and index is not None and target:
            self._change(
                "choice target",
                lambda d: pack_editing.set_choice_target(d, step_id, index, target),
            )

    def set_choice_need(self) -> None:
        step_id, index = self.current_step(), self.choice_combo.currentData()
        if step_id is not None and index is not None:
            need = self.choice_need.currentData()
            self._change(
                "choice need", lambda d: pack_editing.set_choice_need(d, step_id, index, need)
            )
