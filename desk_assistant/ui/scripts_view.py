"""The Scripts view (trainer): versions, import/export, roll back, edit texts, practice."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.domain import pack_editing
from desk_assistant.domain.clock import Clock
from desk_assistant.domain.flow import render_step
from desk_assistant.domain.script_pack import PackError, Problem, ScriptPack, parse_pack
from desk_assistant.domain.script_pack.advice import pack_warnings
from desk_assistant.domain.vocabulary import Need, Segment
from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import translate
from desk_assistant.services.packs import PackService
from desk_assistant.ui.labels import need_label, segment_label
from desk_assistant.ui.look import colours
from desk_assistant.ui.retranslating import Retranslating
from desk_assistant.ui.script_commands import EditText
from desk_assistant.ui.script_structure import CALL_SCRIPT, StructureEditing
from desk_assistant.ui.script_versions import ScriptVersions, button_row

log = logging.getLogger(__name__)

# A draft is kept this long after the last change (typing is not saved key by key).
DRAFT_DELAY_MS = 400


class ScriptsView(StructureEditing, Retranslating, QWidget):
    """Signals:
    published(): a new or older version became the active pack.
    practice_toggled(bool): practice mode on or off at the desk.
    """

    published = Signal()
    practice_toggled = Signal(bool)

    def __init__(
        self,
        packs: PackService,
        language: Callable[[], str],
        who: Callable[[], str],
        clock: Clock,
        parent: QWidget | None = None,
        library: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scriptsView")
        self.library = library
        self.packs, self.language, self.who, self.clock = packs, language, who, clock
        self.data: dict[str, Any] = {}
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.undo_stack = QUndoStack(self)
        # The text as published (dumped): what differs from it is an unpublished draft,
        # kept in the database a moment after each change (see keep_draft).
        self._published = ""
        self._draft_offered = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._loading = False
        self._structure_step: str | None = None  # the step the structure box shows
        self._build()
        self._connect_signals()
        self.retranslate()
        # Filled when the tab is opened (MainWindow), not at start-up.

    # --- construction --------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 4)
        self.versions_panel = ScriptVersions(self.packs, self.language, self.who, self)
        outer.addWidget(self.versions_panel)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        # Every text of the pack: steps (line, hint, choices, segment variants), options,
        # read-backs, the call script and the message templates.
        self.nodes = QListWidget(splitter)
        self.nodes.setObjectName("textList")
        self.node_paths: list[tuple[pack_editing.Path, str | None]] = []
        # The editor scrolls, so the view fits a 768 px screen even at double text size.
        editor_scroll = QScrollArea(splitter)
        editor_scroll.setWidgetResizable(True)
        editor = QWidget(editor_scroll)
        form = QFormLayout(editor)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.edit_labels: dict[str, QLabel] = {}
        for lang in ("id", "en"):
            edit = QPlainTextEdit(editor)
            edit.setObjectName(f"edit_{lang}")
            edit.setMaximumHeight(110)
            label = QLabel(editor)
            form.addRow(label, edit)
            self.edits[lang] = edit
            self.edit_labels[lang] = label
        self.preview_lang = QComboBox(editor)
        self.preview_lang.addItem("Bahasa Indonesia", "id")
        self.preview_lang.addItem("English", "en")
        self.preview_segment = QComboBox(editor)
        for segment in Segment:
            self.preview_segment.addItem("", segment.value)
        form.addRow(button_row(self.preview_lang, self.preview_segment, None))
        self.preview = QLabel(editor)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        self.preview_note = QLabel(editor)
        self.preview_note.setObjectName("previewNote")
        self.preview_note.setProperty("role", "fieldError")
        self.preview_note.setWordWrap(True)
        self.preview_note.hide()
        form.addRow(self.preview_note)
        form.addRow(self.preview)
        self.structure_box = QGroupBox(editor)
        structure = QFormLayout(self.structure_box)
        self.add_step_button = QPushButton(self.structure_box)
        self.remove_step_button = QPushButton(self.structure_box)
        self.remove_step_button.setObjectName("removeButton")
        self.up_button = QPushButton("↑", self.structure_box)
        self.down_button = QPushButton("↓", self.structure_box)
        structure.addRow(
            button_row(
                self.add_step_button,
                self.remove_step_button,
                self.up_button,
                self.down_button,
                None,
            )
        )
        self.add_variant_button = QPushButton(self.structure_box)
        self.add_option_button = QPushButton(self.structure_box)
        self.add_phase_button = QPushButton(self.structure_box)
        self.add_call_line_button = QPushButton(self.structure_box)
        self.add_call_line_button.setObjectName("addCallLine")
        # Two short rows rather than one long one, so the editor fits at large text too.
        structure.addRow(button_row(self.add_variant_button, self.add_call_line_button, None))
        structure.addRow(button_row(self.add_option_button, self.add_phase_button, None))
        self.phase_combo = QComboBox(self.structure_box)
        self.phase_combo.setObjectName("phaseCombo")
        self.next_combo = QComboBox(self.structure_box)
        self.next_combo.setObjectName("nextCombo")
        self.phase_label = QLabel(self.structure_box)
        self.next_label = QLabel(self.structure_box)
        structure.addRow(self.phase_label, self.phase_combo)
        structure.addRow(self.next_label, self.next_combo)
        self.choice_combo = QComboBox(self.structure_box)
        self.choice_combo.setObjectName("choiceCombo")
        self.choice_target = QComboBox(self.structure_box)
        self.choice_target.setObjectName("choiceTarget")
        self.add_choice_button = QPushButton("+", self.structure_box)
        self.remove_choice_button = QPushButton("−", self.structure_box)
        self.choices_label = QLabel(self.structure_box)
        structure.addRow(
            self.choices_label,
            button_row(
                self.choice_combo,
                self.choice_target,
                self.add_choice_button,
                self.remove_choice_button,
            ),
        )
        # The need a choice records for the statistics (borrow, return, …), if any.
        self.choice_need = QComboBox(self.structure_box)
        self.choice_need.setObjectName("choiceNeed")
        self.choice_need.addItem("", None)
        for need in Need:
            self.choice_need.addItem("", need.value)
        self.choice_need_label = QLabel(self.structure_box)
        structure.addRow(self.choice_need_label, self.choice_need)
        self.end_box = QCheckBox(self.structure_box)
        self.end_box.setObjectName("endBox")
        self.unavailable_box = QCheckBox(self.structure_box)
        self.unavailable_box.setObjectName("unavailableBox")
        self.follow_up_box = QCheckBox(self.structure_box)
        self.follow_up_box.setObjectName("followUpBox")
        self.step_follow_up_box = QCheckBox(self.structure_box)
        self.step_follow_up_box.setObjectName("stepFollowUpBox")
        structure.addRow(button_row(self.end_box, self.unavailable_box, None))
        structure.addRow(button_row(self.step_follow_up_box, self.follow_up_box, None))
        form.addRow(self.structure_box)
        self.problems_list = QListWidget(editor)
        self.problems_list.setObjectName("problemsList")
        self.problems_list.setMaximumHeight(110)
        self.problems_label = QLabel(editor)
        form.addRow(self.problems_label, self.problems_list)
        self.undo_button = QPushButton(editor)
        self.redo_button = QPushButton(editor)
        self.publish_button = QPushButton(editor)
        self.publish_button.setObjectName("publishButton")
        form.addRow(button_row(self.undo_button, self.redo_button, None, self.publish_button))
        splitter.addWidget(self.nodes)
        editor_scroll.setWidget(editor)
        splitter.addWidget(editor_scroll)
        splitter.setStretchFactor(1, 3)
        outer.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.nodes.currentRowChanged.connect(lambda _r: self.show_node())
        for lang, edit in self.edits.items():
            edit.textChanged.connect(lambda lg=lang: self._edited(lg))
        self.preview_lang.currentIndexChanged.connect(lambda _i: self.show_preview())
        self.preview_segment.currentIndexChanged.connect(lambda _i: self.show_preview())
        self.undo_stack.indexChanged.connect(lambda _i: self._draft_timer.start())
        self._draft_timer.timeout.connect(self.keep_draft)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_button.setShortcut(QKeySequence.StandardKey.Redo)
        self.publish_button.clicked.connect(self.publish_with_note)
        self.versions_panel.activated.connect(self._version_activated)
        self.versions_panel.imported.connect(self.reload)
        self.versions_panel.problems_found.connect(self._import_refused)
        self.versions_panel.practice_toggled.connect(self.practice_toggled.emit)
        self.versions_panel.open_requested.connect(self.open_version)
        self.problems_list.itemActivated.connect(self._jump_to_problem)
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button.clicked.connect(self.remove_selected)
        self.add_variant_button.clicked.connect(self.add_variant)
        self.add_option_button.clicked.connect(self.add_option)
        self.add_phase_button.clicked.connect(self.add_phase)
        self.add_call_line_button.clicked.connect(self.add_call_line)
        self.choice_need.activated.connect(lambda _i: self.set_choice_need())
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(+1))
        self.phase_combo.activated.connect(
            lambda _i: self.set_step_field("phase", str(self.phase_combo.currentData()))
        )
        self.next_combo.activated.connect(
            lambda _i: self.set_step_field("next", self.next_combo.currentData())
        )
        self.choice_combo.currentIndexChanged.connect(lambda _i: self._show_choice_target())
        self.choice_target.activated.connect(lambda _i: self.set_choice_target())
        self.add_choice_button.clicked.connect(self.add_choice)
        self.end_box.clicked.connect(lambda on: self.set_flag("end", on))
        self.unavailable_box.clicked.connect(lambda on: self.set_flag("unavailable", on))
        self.follow_up_box.clicked.connect(lambda on: self.set_flag("follow_up", on))
        self.step_follow_up_box.clicked.connect(lambda on: self.set_flag("follow_up", on))
        self.remove_choice_button.clicked.connect(self.remove_choice)
        self.problems_list.itemClicked.connect(self._jump_to_problem)

    def retranslate(self) -> None:
        self.edit_labels["id"].setText(self.tr("Bahasa Indonesia:"))
        self.edit_labels["en"].setText(self.tr("English:"))
        # Named for screen readers (these controls have no label of their own).
        self.edits["id"].setAccessibleName(self.tr("Text in Bahasa Indonesia"))
        self.edits["en"].setAccessibleName(self.tr("Text in English"))
        self.nodes.setAccessibleName(self.tr("Texts of the pack"))
        self.preview_lang.setAccessibleName(self.tr("Language of the preview"))
        self.preview_segment.setAccessibleName(self.tr("Audience of the preview"))
        self.phase_combo.setAccessibleName(self.tr("Phase of the step"))
        self.next_combo.setAccessibleName(self.tr("Next step (Enter)"))
        self.choice_combo.setAccessibleName(self.tr("Choice"))
        self.choice_target.setAccessibleName(self.tr("Step the choice leads to"))
        self.choice_need.setAccessibleName(self.tr("Need the choice records"))
        self.problems_list.setAccessibleName(self.tr("Problems found in the pack"))
        for index, segment in enumerate(Segment):
            self.preview_segment.setItemText(index, segment_label(segment))
        self.problems_label.setText(self.tr("Problems:"))
        self.structure_box.setTitle(self.tr("The step's place in the script"))
        self.add_step_button.setText(self.tr("Add a step after this one"))
        self.remove_step_button.setText(self.tr("Remove the selected item"))
        self.add_variant_button.setText(self.tr("Add a variant for the preview's segment"))
        self.add_option_button.setText(self.tr("Add an option"))
        self.add_phase_button.setText(self.tr("Add a phase"))
        self.add_call_line_button.setText(self.tr("Add a call-script line"))
        self.choice_need_label.setText(self.tr("Choice records the need:"))
        self.choice_need.setItemText(0, "—")
        for index, need in enumerate(Need, start=1):
            self.choice_need.setItemText(index, need_label(need))
        self.end_box.setText(self.tr("Ends the interaction"))
        self.unavailable_box.setText(self.tr("Opens the options checklist"))
        self.follow_up_box.setText(self.tr("This option needs a follow-up"))
        self.step_follow_up_box.setText(self.tr("Takes contact details for a follow-up"))
        self.phase_label.setText(self.tr("Phase:"))
        self.next_label.setText(self.tr("Then (Enter) goes to:"))
        self.choices_label.setText(self.tr("Choice leads to:"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.publish_button.setText(self.tr("Publish as a new version"))
        for row, (path, _step) in enumerate(self.node_paths):
            self.nodes.item(row).setText(self.node_label(path))

    # --- versions ------------------------------------------------------------------------

    def reload(self) -> None:
        self.versions_panel.refresh()
        self.load_source(self.packs.active.source)
        self._published = pack_editing.dump(self.data)

    def open(self) -> None:
        """The tab opens: unpublished edits stay as they are; else the active pack is
        shown, and a draft kept from before (a quit, a crash) is offered back, once."""
        if self.has_unpublished():
            self.versions_panel.refresh()
            return
        self.reload()
        if not self._draft_offered:
            self._draft_offered = True
            self.offer_draft()

    def open_version(self, row_id: int) -> bool:
        """Open a stored version in the editor: a new draft from it, to edit, practise and
        publish as a new version (the active pack is untouched)."""
        stored = self.packs.stored(row_id)
        if stored is None:
            return False
        self.undo_stack.clear()
        self.load_source(stored.source)
        self.keep_draft()
        return True

    def practice_pack(self) -> ScriptPack:
        """What practice runs: the editor's text when it is valid, else the active pack."""
        if self.data:
            try:
                return parse_pack(pack_editing.dump(self.data))
            except PackError:
                pass
        return self.packs.active

    def has_unpublished(self) -> bool:
        return bool(self.data) and pack_editing.dump(self.data) != self._published

    def keep_draft(self) -> None:
        """Keep the draft in the database (or drop it once undone back to the published
        text), so nothing typed is lost to a quit or a crash."""
        try:
            if self.has_unpublished():
                self.packs.keep_draft(pack_editing.dump(self.data), self.who())
            else:
                self.packs.discard_draft()
        except DeskAssistantError:
            log.warning("The script draft could not be kept (role locked or storage)")

    def offer_draft(self) -> bool:
        """Offer the kept draft back; True when the trainer goes on with it."""
        draft = self.packs.draft()
        if draft is None or draft.source == self._published:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unpublished draft"),
            self.tr("A draft of the script by %1 (%2) was not published. Go on with it?")
            .replace("%1", draft.by)
            .replace("%2", draft.at[:16].replace("T", " ")),
            parent=self,
        )
        box.setObjectName("scriptDraftBox")
        go_on = box.addButton(self.tr("&Go on with the draft"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(go_on)
        box.exec()
        if box.clickedButton() is not go_on:
            self.packs.discard_draft()
            return False
        try:
            self.load_source(draft.source)
        except PackError:
            self.problems_list.clear()
        return True

    def _version_activated(self) -> None:
        self.undo_stack.clear()
        self.reload()
        self.published.emit()

    def _import_refused(self, problems: object) -> None:
        if isinstance(problems, list):
            self.show_problems(problems)
        else:
            self.problems_list.clear()
            self.problems_list.addItem(str(problems))

    # --- editing -------------------------------------------------------------------------

    def load_source(self, source: str) -> None:
        self.replace_data(pack_editing.load_editable(source))

    def replace_data(self, data: dict[str, Any]) -> None:
        """Show ``data`` (after loading, or after a structural change or its undo)."""
        self.data = data
        self._loading = True
        row = max(0, self.nodes.currentRow())
        self.nodes.clear()
        self.node_paths = []
        for path, step in pack_editing.text_nodes(self.data):
            self.nodes.addItem(self.node_label(path))
            self.node_paths.append((path, step))
        self.nodes.setCurrentRow(min(row, self.nodes.count() - 1))
        self._loading = False
        self.show_node()
        self.validate()

    def node_label(self, path: pack_editing.Path) -> str:
        """How the list names a text: pack ids as written, the words around them translated."""
        fields = {
            "text": self.tr("line"),
            "hint": self.tr("hint"),
            "label": self.tr("name"),
            "line": self.tr("line"),
            "next_step": self.tr("next step"),
        }
        kinds = {
            "morning": self.tr("morning"),
            "midday": self.tr("midday"),
            "afternoon": self.tr("afternoon"),
            "evening": self.tr("evening"),
            "follow_up": self.tr("with contact"),
            "no_contact": self.tr("without contact"),
            "no_follow_up": self.tr("nothing to follow up"),
            "opener": self.tr("said before the next step"),
            "declined": self.tr("declined"),
            "whatsapp": "WhatsApp",
            "sms": "SMS",
            "email_subject": self.tr("e-mail subject"),
            "email_body": self.tr("e-mail text"),
            "news": self.tr("news"),
            "request_news": self.tr("news of a complaint"),
        }

        def item(section: str, index: object) -> str:
            entries = self.data.get(section) or []
            return str(entries[index].get("id")) if isinstance(index, int) else "?"

        head, *rest = path
        if head == "name":
            return self.tr("Pack name")
        if head == "phases":
            return self.tr("Phase %1").replace("%1", item("phases", rest[0]))
        if head == "greetings":
            return self.tr("Greeting · %1").replace("%1", kinds.get(str(rest[0]), str(rest[0])))
        if head == "steps":
            parts = [item("steps", rest[0])]
            if rest[1] == "choices":
                parts.append(self.tr("choice %1").replace("%1", str(int(rest[2]) + 1)))
            elif rest[1] == "variants":
                parts += [segment_label(Segment(str(rest[2]))), fields[str(rest[3])]]
            else:
                parts.append(fields[str(rest[1])])
            return " · ".join(parts)
        if head == "options":
            option = self.tr("Option %1").replace("%1", item("options", rest[0]))
            return f"{option} · {fields[str(rest[1])]}"
        if head == "unavailable":
            return self.tr("Read-back") + " · " + kinds.get(str(rest[-1]), str(rest[-1]))
        if rest[0] == "call_script":
            script = (self.data.get("follow_up") or {}).get("call_script") or []
            return self.tr("Call") + " · " + str(script[int(rest[1])].get("id"))
        if rest[0] == "messages":
            return self.tr("Message") + " · " + kinds[str(rest[1])]
        return self.tr("Call") + " · " + kinds[str(rest[0])]

    def current_path(self) -> pack_editing.Path | None:
        row = self.nodes.currentRow()
        return self.node_paths[row][0] if 0 <= row < len(self.node_paths) else None

    def current_step(self) -> str | None:
        row = self.nodes.currentRow()
        return self.node_paths[row][1] if 0 <= row < len(self.node_paths) else None

    def select_path(self, path: pack_editing.Path) -> None:
        for row, (candidate, _step) in enumerate(self.node_paths):
            if candidate == path:
                self.nodes.setCurrentRow(row)
                return

    def show_node(self) -> None:
        path = self.current_path()
        if path is None:
            return
        self._show_structure()
        self._loading = True
        for lang, edit in self.edits.items():
            text = pack_editing.get_at(self.data, path, lang)
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self._loading = False
        self.show_preview()

    def _edited(self, lang: str) -> None:
        path = self.current_path()
        if self._loading or path is None:
            return
        old = pack_editing.get_at(self.data, path, lang)
        new = self.edits[lang].toPlainText()
        if old != new:
            self.undo_stack.push(EditText(self, path, lang, old, new))

    def edit_text(self, step: str, field: str, lang: str, text: str) -> None:
        """Change a step's line or hint (as typing would), undoably."""
        index = next(
            i for i, candidate in enumerate(self.data["steps"]) if candidate.get("id") == step
        )
        self.edit_path(("steps", index, field), lang, text)

    def edit_path(self, path: pack_editing.Path, lang: str, text: str) -> None:
        old = pack_editing.get_at(self.data, path, lang)
        self.undo_stack.push(EditText(self, path, lang, old, text))

    def apply_text(self, path: pack_editing.Path, lang: str, text: str) -> None:
        pack_editing.set_at(self.data, path, lang, text)
        if path != self.current_path():
            self.select_path(path)
        edit = self.edits[lang]
        if edit.toPlainText() != text:
            self._loading = True
            edit.setPlainText(text)
            self._loading = False
        self.validate()
        self.show_preview()

    # --- structure -------------------------------------------------------------------------

    def _show_structure(self) -> None:
        path = self.current_path()
        is_option = path is not None and path[0] == "options"
        self.follow_up_box.setVisible(is_option)
        if is_option and path is not None:
            self.follow_up_box.setChecked(pack_editing.get_flag(self.data, path, "follow_up"))
        step_id = self.current_step()
        for box in (self.end_box, self.unavailable_box, self.step_follow_up_box):
            box.setVisible(step_id is not None)
        if step_id is not None and path is not None:
            self.end_box.setChecked(pack_editing.get_flag(self.data, path, "end"))
            self.unavailable_box.setChecked(pack_editing.get_flag(self.data, path, "unavailable"))
            self.step_follow_up_box.setChecked(pack_editing.get_flag(self.data, path, "follow_up"))
        for widget in (
            self.phase_combo,
            self.next_combo,
            self.choice_combo,
            self.choice_target,
            self.choice_need,
            self.add_choice_button,
            self.remove_choice_button,
            self.add_variant_button,
            self.add_step_button,
        ):
            widget.setEnabled(step_id is not None)
        movable = step_id is not None or (
            path is not None and (path[0] == "phases" or path[:2] == CALL_SCRIPT)
        )
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)
        if step_id is None:
            return
        step = pack_editing.find_step(self.data, step_id)
        ids = pack_editing.step_ids(self.data)
        # After an edit of the same step, stay on the choice being edited.
        same_step = self._structure_step == step_id
        kept_choice = self.choice_combo.currentIndex() if same_step else 0
        self._structure_step = step_id
        for combo in (self.phase_combo, self.next_combo, self.choice_combo, self.choice_target):
            combo.blockSignals(True)
            combo.clear()
        lang = self.language()
        for phase in self.data.get("phases") or []:
            label = " ".join(str((phase.get("label") or {}).get(lang, "")).split())
            phase_id = str(phase.get("id"))
            self.phase_combo.addItem(f"{label}  ({phase_id})" if label else phase_id, phase_id)
        self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(step.get("phase"))))
        self.next_combo.addItem("—", None)
        for other in ids:
            # What the step says, then its id: a trainer knows the lines, not the ids.
            said = (pack_editing.find_step(self.data, other).get("text") or {}).get(lang, "")
            said = " ".join(str(said).split())
            shown = f"{said[:48]}{'…' if len(said) > 48 else ''}  ({other})" if said else other
            self.next_combo.addItem(shown, other)
            self.choice_target.addItem(shown, other)
        self.next_combo.setCurrentIndex(max(0, self.next_combo.findData(step.get("next"))))
        for index, choice in enumerate(step.get("choices") or []):
            label = (choice.get("label") or {}).get("id", "")
            self.choice_combo.addItem(f"{index + 1}  {label}", index)
        if 0 <= kept_choice < self.choice_combo.count():
            self.choice_combo.setCurrentIndex(kept_choice)
        for combo in (self.phase_combo, self.next_combo, self.choice_combo, self.choice_target):
            combo.blockSignals(False)
        self._show_choice_target()

    def _show_choice_target(self) -> None:
        step_id = self.current_step()
        index = self.choice_combo.currentData()
        if step_id is None or index is None:
            return
        choice = pack_editing.find_step(self.data, step_id)["choices"][index]
        self.choice_target.setCurrentIndex(max(0, self.choice_target.findData(choice.get("next"))))
        self.choice_need.setCurrentIndex(max(0, self.choice_need.findData(choice.get("need"))))

    def validate(self) -> list[Problem]:
        """The loader's own validator, on every edit; a valid draft's warnings are listed
        too, and do not block publishing."""
        source = pack_editing.dump(self.data)
        try:
            parse_pack(source)
        except PackError as exc:
            self.show_problems(exc.problems)
        else:
            self.show_problems([], pack_warnings(source))
        return self.problems

    def show_problems(self, problems: list[Problem], warnings: list[Problem] | None = None) -> None:
        self.problems = problems
        self.warnings = list(warnings or [])
        self.problems_list.clear()
        lang = self.language()
        # The editor names the step, not a line of YAML the trainer never sees.
        for problem in problems:
            self.problems_list.addItem(problem.render(lang, with_line=False))
        for warning in self.warnings:
            text = warning.render(lang, with_line=False)
            self.problems_list.addItem(translate("pack.warning", lang, text=text))
        self.publish_button.setEnabled(not problems)

    def _jump_to_problem(self, item: Any) -> None:
        listed = [*self.problems, *self.warnings]
        problem = listed[self.problems_list.row(item)]
        if problem.step:
            for row, (_path, step) in enumerate(self.node_paths):
                if step == problem.step:
                    self.nodes.setCurrentRow(row)
                    return

    def show_preview(self) -> None:
        step = self.current_step()
        if step is None:
            self.preview.clear()
            return
        try:
            pack = parse_pack(pack_editing.dump(self.data))
        except PackError:
            # The draft has a problem: the preview keeps its last valid state, and says so.
            self.preview_note.setText(
                self.tr("The preview shows the last valid state: the draft has a problem.")
            )
            self.preview_note.show()
            return
        self.preview_note.hide()
        if step not in pack.steps:
            self.preview.clear()
            return
        prompt = render_step(
            pack,
            pack.step(step),
            Segment(self.preview_segment.currentData() or "general"),
            self.preview_lang.currentData() or "id",
            self.clock(),
            {"staff": self.who(), "library": self.library()},
        )
        e = html.escape  # the trainer's text as typed, never read as HTML
        choices = "".join(f"<br/>{i + 1}  {e(c)}" for i, c in enumerate(prompt.choices))
        look = colours()
        self.preview.setText(
            f"<p style='font-size:15pt; font-weight:bold; color:{look.prompt}'>{e(prompt.text)}</p>"
            f"<p style='background:{look.hint_bg}; color:{look.hint_fg}'>{e(prompt.hint)}</p>"
            f"{choices}"
        )

    def publish_with_note(self) -> bool:
        """Publish after asking for a short note, shown in the versions' history."""
        if self.validate():
            return False
        note, ok = QInputDialog.getText(
            self,
            self.tr("Publish as a new version"),
            self.tr("A short note for the history (what changed, and why):"),
        )
        if not ok:
            return False
        return self.publish(" ".join(note.split())[:200] or self.tr("edited"))

    def publish(self, note: str = "edited") -> bool:
        if self.validate():
            return False
        versions = [v.version for v in self.packs.versions() if v.pack_id == self.data.get("id")]
        pack_editing.next_version(self.data, max(versions, default=0))
        try:
            self.packs.publish_source(pack_editing.dump(self.data), self.who(), note)
        except PackError as exc:
            self.show_problems(exc.problems)
            return False
        self.undo_stack.clear()
        self._draft_timer.stop()
        self.reload()
        self.versions_panel.select_active()  # roll back acts on what was just published
        self.published.emit()
        return True
