"""The desk view: the next line to say, big and glanceable, one key per step."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.draft import Draft
from desk_assistant.domain.flow import InteractionFlow, Prompt
from desk_assistant.domain.followup import CaseInvalid, FormErrors
from desk_assistant.domain.patron_view import PatronView, patron_view
from desk_assistant.domain.script_pack import ScriptPack
from desk_assistant.domain.shift import InteractionRecord
from desk_assistant.domain.vocabulary import Segment
from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import translate
from desk_assistant.services.desk import DeskService
from desk_assistant.services.feedback import FeedbackService
from desk_assistant.services.followups import FollowUpService
from desk_assistant.ui.guard import guarded
from desk_assistant.ui.key_legend import KEY_SEPARATOR, Legend, number_keys, render
from desk_assistant.ui.labels import duration_text, outcome_label, segment_label
from desk_assistant.ui.look import set_look_state, unbroken_codes
from desk_assistant.ui.rating_prompt import RatingPrompt
from desk_assistant.ui.retranslating import Retranslating

if TYPE_CHECKING:
    from desk_assistant.ui.options_panel import OptionsPanel


class PhaseProgress(QWidget):
    """Sambut → Kartu → Kebutuhan → Layani → Tutup, with the current phase marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseProgress")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._labels: list[QLabel] = []

    def set_phases(self, names: list[str], current: int) -> None:
        while len(self._labels) < len(names):
            label = QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self._layout.addWidget(label, 1)
            self._labels.append(label)
        for index, label in enumerate(self._labels):
            if index >= len(names):
                label.hide()
                continue
            label.show()
            if index < current:
                state, text = "done", f"✓ {names[index]}"
            elif index == current:
                state, text = "current", f"{index + 1}. {names[index]}"
            else:
                state, text = "todo", f"{index + 1}. {names[index]}"
            label.setText(text)
            set_look_state(label, "state", state)
            label.setAccessibleName(f"{names[index]} ({state})")

    def texts(self) -> list[str]:
        return [label.text() for label in self._labels if not label.isHidden()]


PANEL_BUILD_DELAY_MS = 300


class DeskView(Retranslating, QWidget):
    """Guides one interaction after another.

    Signals:
        interaction_saved(object): an :class:`InteractionRecord` was stored.
        error_raised(str): something the librarian must know (already translated).
        slip_requested(object): print or save the slip of a recorded next step (a flow).
        language_toggle_requested(): F6 reached the desk view (the window's shortcut did not).
    """

    interaction_saved = Signal(object)
    error_raised = Signal(str)
    language_toggle_requested = Signal()
    slip_requested = Signal(object)
    next_step_recorded = Signal()
    # What the patron screen shows now (a PatronView): only what the patron may see.
    patron_view_changed = Signal(object)

    def __init__(
        self,
        desk: DeskService,
        followups: FollowUpService,
        clock: Clock,
        language: Callable[[], str],
        parent: QWidget | None = None,
        library: Callable[[], str] = lambda: "",
        feedback: FeedbackService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deskView")
        # The interaction just finished, while its patron's rating (1-4, or none) is awaited.
        self.rating = RatingPrompt(feedback)
        self.library = library
        self.desk = desk
        self.followups = followups
        self.clock = clock
        self.language = language
        self.flow: InteractionFlow = desk.new_interaction()
        self.confirming_abandon = False
        self.practice = False
        self.practice_pack: ScriptPack | None = None
        self.warning = ""
        # The librarian left the checklist with "keep for later": do not reopen it by itself.
        self.panel_set_aside = False
        self.last_saved: InteractionRecord | None = None
        self._choice_buttons: list[QPushButton] = []
        self._options_panel: OptionsPanel | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._build_key_map()
        self._connect_signals()
        self.retranslate()
        # The checklist is not on the first screen: it is built just after, so the desk
        # shows sooner and the first F8 is as quick as any other.
        QTimer.singleShot(PANEL_BUILD_DELAY_MS, self._build_options_panel)

    @property
    def options_panel(self) -> OptionsPanel:
        return self._options_panel or self._build_options_panel()

    def _build_options_panel(self) -> OptionsPanel:
        if self._options_panel is None:
            from desk_assistant.ui.options_panel import OptionsPanel

            panel = OptionsPanel(self.language, self)
            panel.hide()
            self._content.addWidget(panel, 3)
            panel.submitted.connect(self.record_next_step)
            panel.left.connect(self._panel_left)
            panel.slip_button.clicked.connect(self.request_slip)
            panel.keys_changed.connect(self.update_legend)
            panel.options_changed.connect(self.emit_patron_view)
            self._options_panel = panel
        return self._options_panel

    # --- construction --------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.setSpacing(8)

        header = QHBoxLayout()
        self.segment_label = QLabel(self)
        self.segment_combo = QComboBox(self)
        self.segment_combo.setObjectName("segmentCombo")
        self.segment_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # F4 opens its list; the focus never stays on it, so the desk's keys keep working
        # (a closed list would take Enter, Esc and the digits for itself).
        self.segment_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for segment in Segment:
            self.segment_combo.addItem("", segment.value)
        self.segment_label.setBuddy(self.segment_combo)
        header.addWidget(self.segment_label)
        header.addWidget(self.segment_combo)
        header.addStretch(1)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        header.addWidget(self.saved_label)
        outer.addLayout(header)

        self.progress = PhaseProgress(self)
        outer.addWidget(self.progress)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(scroll)
        body.setObjectName("promptBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(8, 8, 8, 4)
        body_layout.setSpacing(10)

        self.banner = QLabel(body)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        # Pack texts, titles and names are shown as typed, never read as HTML.
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        body_layout.addWidget(self.banner)
        # While the patron screen is on: what it shows now (set by ui.patron_side).
        self.patron_label = QLabel(body)
        self.patron_label.setObjectName("patronStageLabel")
        self.patron_label.setWordWrap(True)
        self.patron_label.hide()
        body_layout.addWidget(self.patron_label)

        self.prompt_label = QLabel(body)
        self.prompt_label.setObjectName("promptLabel")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        body_layout.addWidget(self.prompt_label)

        self.hint_label = QLabel(body)
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        body_layout.addWidget(self.hint_label)

        self.choices_box = QWidget(body)
        self.choices_layout = QGridLayout(self.choices_box)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        self.choices_layout.setHorizontalSpacing(12)
        self.choices_layout.setVerticalSpacing(8)
        body_layout.addWidget(self.choices_box)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        content = QHBoxLayout()
        content.addWidget(scroll, 2)
        self._content = content  # the checklist joins it when built
        outer.addLayout(content, 1)

        nav = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextButton")
        self.next_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.abandon_button = QPushButton(self)
        self.abandon_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unavailable_button = QPushButton(self)
        self.unavailable_button.setObjectName("unavailableButton")
        self.unavailable_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.unavailable_button)
        nav.addWidget(self.abandon_button)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        # The legend: exactly the keys that work where the focus is (see update_legend).
        self.keys_label = QLabel(self)
        self.keys_label.setObjectName("keysLabel")
        self.keys_label.setWordWrap(True)
        self.keys_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys_label.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.keys_label)

    def _build_key_map(self) -> None:
        """Keys handled while the desk view (or a child without its own use for them) has focus."""
        keys = Qt.Key
        self._key_map: dict[int, Callable[[], object]] = {
            keys.Key_Return: self.advance,
            keys.Key_Enter: self.advance,
            keys.Key_Space: self.advance,
            keys.Key_Right: self.advance,
            keys.Key_Backspace: self.back,
            keys.Key_Left: self.back,
            keys.Key_Escape: self.request_abandon,
            keys.Key_F4: self.focus_segment,
            keys.Key_F6: self.language_toggle_requested.emit,
            keys.Key_F8: self.mark_unavailable,
            keys.Key_Y: self.confirm_abandon,
            # "no" is N in English and T (tidak) in Indonesian; either works in both.
            keys.Key_N: self.cancel_abandon,
            keys.Key_T: self.cancel_abandon,
        }
        for number in range(1, 10):
            self._key_map[int(keys.Key_0) + number] = partial(self.choose, number)

    @guarded
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.rating.pending and modifiers == Qt.KeyboardModifier.NoModifier:
            rating = self.rating.value_of(event.key())
            if rating is not None:
                self.rate(rating)
                event.accept()
                return
            if event.key() in self._key_map:
                self.rate(0)  # the next patron already: no answer, and on with them
        handler = self._key_map.get(event.key())
        if handler is not None and modifiers == Qt.KeyboardModifier.NoModifier:
            handler()
            event.accept()
            return
        super().keyPressEvent(event)

    def _connect_signals(self) -> None:
        self.next_button.clicked.connect(self.advance)
        self.back_button.clicked.connect(self.back)
        self.abandon_button.clicked.connect(self.request_abandon)
        self.segment_combo.activated.connect(self._segment_chosen)
        self.unavailable_button.clicked.connect(self.mark_unavailable)
        # Ctrl+P prints the slip from anywhere on the desk: the script or the checklist.
        slip = QShortcut(QKeySequence("Ctrl+P"), self)
        slip.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        slip.activated.connect(self.request_slip)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.segment_label.setText(self.tr("Segment (F4):"))
        for index, segment in enumerate(Segment):
            self.segment_combo.setItemText(index, segment_label(segment))
        self.back_button.setText(self.tr("← Back (Backspace)"))
        self.abandon_button.setText(self.tr("Abandon (Esc)"))
        self.unavailable_button.setText(self.tr("Not available (F8)"))
        self._show_saved()
        self.refresh()

    # --- the interaction -----------------------------------------------------------------

    def current_prompt(self) -> Prompt:
        return self.flow.prompt(self.language(), self.clock(), self._values())

    def _values(self) -> dict[str, str]:
        shift = self.desk.shift
        return {"staff": shift.staff if shift else "", "library": self.library()}

    def refresh(self) -> None:
        """Show the current step in the current language."""
        prompt = self.current_prompt()
        pack = self.flow.pack
        lang = self.language()
        self.progress.set_phases([p.label.get(lang) for p in pack.phases], prompt.phase_index)
        self.prompt_label.setText(prompt.text)
        self.hint_label.setText(prompt.hint)
        self.hint_label.setVisible(bool(prompt.hint))
        self._show_choices(prompt)
        self.back_button.setEnabled(prompt.can_go_back)
        # Nobody to abandon at a fresh greeting: Esc does nothing there, so neither does this.
        self.abandon_button.setEnabled(self.flow.touched)
        self.unavailable_button.setVisible(
            self.flow.can_mark_unavailable and not self.flow.unavailable
        )
        self._sync_panel()
        self.next_button.setEnabled(prompt.can_advance)
        self.next_button.setText(
            self.tr("Finish, next patron (Enter)") if prompt.is_end else self.tr("Next (Enter) →")
        )
        self._show_banner()
        self.emit_patron_view()

    # --- the legend ----------------------------------------------------------------------

    def legend(self) -> Legend:
        """The keys that work where the focus is: the checklist's own, or the script's."""
        panel = self._options_panel
        focused = QApplication.focusWidget()
        rating = self.rating.legend() if self.rating.pending else []
        if panel is not None and focused is not None and panel.isAncestorOf(focused):
            entries = panel.legend()
            if self.slip_available():
                entries.insert(-1, ("Ctrl+P", self.tr("patron slip")))
            return entries
        if self.confirming_abandon:
            return [
                ("Y", self.tr("yes, abandon")),
                (KEY_SEPARATOR.join((self.tr("N"), "Esc", "Enter")), self.tr("no, go on")),
            ]
        prompt = self.current_prompt()
        entries = rating
        if prompt.choices and not rating:
            entries.append((number_keys(len(prompt.choices)), self.tr("choose")))
        if prompt.can_advance:
            entries.append(
                ("Enter", self.tr("finish, next patron") if prompt.is_end else self.tr("next"))
            )
        if prompt.can_go_back:
            entries.append(("Backspace", self.tr("back")))
        if not self.unavailable_button.isHidden():
            entries.append(("F8", self.tr("not available")))
        reopen = self.flow.unavailable and self.flow.can_mark_unavailable
        if reopen and (panel is None or panel.isHidden()):
            entries.append(("F8", self.tr("back to the checklist")))
        if self.slip_available():
            entries.append(("Ctrl+P", self.tr("patron slip")))
        if self.flow.touched:
            entries.append(("Esc", self.tr("abandon")))
        entries.append(("F4", self.tr("segment")))
        entries.append(("F6", self.tr("language")))
        return entries

    def update_legend(self) -> None:
        self.keys_label.setText(render(self.legend()))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and (new is self or self.isAncestorOf(new)):
            self.update_legend()

    def slip_available(self) -> bool:
        panel = self._options_panel
        return panel is not None and not panel.slip_button.isHidden()

    def request_slip(self) -> None:
        if self.slip_available():
            self.slip_requested.emit(self.flow)

    def _show_choices(self, prompt: Prompt) -> None:
        for button in self._choice_buttons:
            self.choices_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._choice_buttons = []
        columns = 2 if len(prompt.choices) > 1 else 1
        for index, label in enumerate(prompt.choices):
            button = QPushButton(f"{index + 1}   {label}", self.choices_box)
            button.setObjectName(f"choice{index + 1}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("choice", True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _=False, n=index + 1: self.choose(n))
            self.choices_layout.addWidget(button, index // columns, index % columns)
            self._choice_buttons.append(button)
        self.choices_box.setVisible(bool(prompt.choices))

    def choice_texts(self) -> list[str]:
        return [button.text() for button in self._choice_buttons]

    def advance(self) -> None:
        if self.rating.pending:
            self.rate(0)  # greeting the next patron: the last one gave no answer
        if self.confirming_abandon:
            # Enter is the everyday "next": a reflex must never throw a patron away.
            self.cancel_abandon()
            return
        if self.flow.at_end:
            self._finish(abandoned=False)
        elif self.flow.advance():
            self.warning = ""
            self.refresh()
        else:
            self._explain_block()

    def choose(self, number: int) -> None:
        if self.confirming_abandon:
            return
        if self.flow.choose(number):
            self.warning = ""
            self.refresh()
        else:
            self._explain_block()

    def _explain_block(self) -> None:
        """A move was refused because the patron has no next step yet: say so, open the list."""
        if not self.flow.needs_next_step:
            return
        key = "desk.next_step_missing" if self.flow.unavailable else "desk.follow_up_missing"
        self.warning = translate(key, self.language())
        self.panel_set_aside = False
        self._show_banner()
        self._sync_panel()
        self.options_panel.title_edit.setFocus()

    # --- unavailable material ------------------------------------------------------------

    def mark_unavailable(self) -> None:
        if self.confirming_abandon:
            return
        if self.flow.mark_unavailable():
            self.panel_set_aside = False
            self.refresh()

    def _sync_panel(self) -> None:
        """Show the checklist while the material is unavailable (unless set aside)."""
        asked = self.flow.unavailable or self.flow.requests_follow_up
        wanted = asked and (self.flow.next_step is not None or not self.panel_set_aside)
        if wanted and self.options_panel.isHidden():
            panel = self.options_panel
            panel.set_pack(
                self.flow.pack,
                self.followups.default_due(self.flow),
                request=not self.flow.unavailable,
            )
            panel.show()
            if self.flow.next_step is None:
                panel.title_edit.setFocus()
        elif not wanted and self._options_panel and not self._options_panel.isHidden():
            self._options_panel.hide()
            self.setFocus()
        # With the checklist beside it, the script column is narrower: smaller type.
        for label in (self.prompt_label, self.hint_label):
            set_look_state(label, "compact", wanted)

    def _panel_left(self, keep: bool) -> None:
        self.panel_set_aside = True
        self.options_panel.hide()
        self.setFocus()

    def record_next_step(self) -> None:
        """Validate the checklist and keep the promise; every field error shown at once."""
        shift = self.desk.shift
        if shift is None:
            self.error_raised.emit(translate("shift.none_open", self.language()))
            return
        panel = self.options_panel
        try:
            next_step = self.followups.record(self.flow, panel.form(), shift, self.language())
        except CaseInvalid as exc:
            panel.show_errors(exc.errors)
            return
        except DeskAssistantError as exc:
            # Nothing typed is lost: the form stays as it is, and the librarian can retry.
            panel.show_general_error(exc.user_message(self.language()))
            return
        panel.show_errors(FormErrors())
        panel.show_general_error("")
        self.next_step_recorded.emit()
        self.emit_patron_view()  # the patron sees their next step, date and code
        panel.show_result(self.flow.readback(self.language()), slip=next_step.code is not None)
        self.warning = ""
        self.refresh()
        self.setFocus()

    # --- a checklist kept across a quit ---------------------------------------------------

    def draft(self) -> Draft | None:
        """What was typed in the checklist of the patron being served, if anything and no
        next step was recorded yet (then there is nothing to keep)."""
        panel = self._options_panel
        if panel is None or self.flow.next_step is not None or not panel.has_input():
            return None
        return Draft(panel.form(), panel.request_mode, self.flow.walk(), self.flow.segment)

    def reopen(self, draft: Draft) -> bool:
        """Serve on with a kept checklist: the interaction stands where it stood, the
        checklist shows what was typed. False if the pack no longer has such a step."""
        flow = self.desk.reopen(draft)
        if flow is None:
            return False
        self.start_next_patron()
        self.flow = flow
        self.set_segment(draft.segment)
        self.options_panel.fill(draft.form)
        self.options_panel.title_edit.setFocus()
        return True

    def back(self) -> None:
        if self.confirming_abandon:
            self.cancel_abandon()
            return
        if self.flow.back():
            self.refresh()

    def request_abandon(self) -> None:
        if self.confirming_abandon:
            self.cancel_abandon()
            return
        if not self.flow.touched:
            return
        self.confirming_abandon = True
        self._show_banner()

    def confirm_abandon(self) -> None:
        if not self.confirming_abandon:
            return
        self.confirming_abandon = False
        self._finish(abandoned=True)

    def cancel_abandon(self) -> None:
        if self.confirming_abandon:
            self.confirming_abandon = False
            self._show_banner()

    def _show_banner(self) -> None:
        self.update_legend()
        closing = self.flow.step.phase == self.flow.pack.phases[-1].id
        readback = self.flow.readback(self.language()) if closing else ""
        if self.rating.pending:
            self.banner.setText(self.rating.banner())
            set_look_state(self.banner, "kind", "info")
            self.banner.show()
        elif self.confirming_abandon:
            self.banner.setText(self.tr("Abandon this interaction?") + "  " + render(self.legend()))
            set_look_state(self.banner, "kind", "warning")
            self.banner.show()
        elif self.warning:
            self.banner.setText(self.warning)
            set_look_state(self.banner, "kind", "warning")
            self.banner.show()
        elif readback:
            self.banner.setText(unbroken_codes(readback))
            set_look_state(self.banner, "kind", "info")
            self.banner.show()
        elif self.practice:
            self.banner.setText(
                self.tr("PRACTICE — nothing is recorded. Turn practice off in the Scripts tab.")
            )
            set_look_state(self.banner, "kind", "warning")
            self.banner.show()
        else:
            self.banner.hide()

    def set_practice(self, on: bool, pack: ScriptPack | None = None) -> None:
        """Practice mode: ``pack`` (the editor's, even a version not active; else the
        active one) runs as at the desk, and nothing is recorded."""
        self.practice = on
        self.practice_pack = pack if on else None
        self.start_next_patron()

    def _finish(self, abandoned: bool) -> None:
        if self.practice:
            self.start_next_patron()
            return
        try:
            record = self.desk.finish(self.flow, self.language(), abandoned=abandoned)
        except DeskAssistantError as exc:
            # The flow stays as it is, so nothing the librarian did is lost; they can retry.
            self.error_raised.emit(exc.user_message(self.language()))
            return
        self.last_saved = record
        self.interaction_saved.emit(record)
        if not abandoned:
            self.rating.ask(record)  # one key: the patron's rating, or none
        self.start_next_patron()
        self._show_saved()

    def rate(self, rating: int) -> None:
        """The patron's rating of the service just ended (0: no answer)."""
        try:
            self.rating.give(rating)
        except DeskAssistantError as exc:
            self.error_raised.emit(exc.user_message(self.language()))
        self._show_banner()
        self.emit_patron_view()

    def patron_view(self) -> PatronView:
        """What the patron screen shows now (never a name, a number or staff-only data)."""
        panel = self._options_panel
        states = None
        if panel is not None and not panel.isHidden() and not panel.request_mode:
            states = {oid: box.chosen() for oid, box in panel.option_boxes.items()}
        return patron_view(self.flow, self.language(), self.library(), states, self.rating.pending)

    def emit_patron_view(self) -> None:
        self.patron_view_changed.emit(self.patron_view())

    def start_next_patron(self) -> None:
        self.confirming_abandon = False
        self.warning = ""
        self.panel_set_aside = False
        if self._options_panel is not None:
            self._options_panel.clear()
            self._options_panel.hide()
        if self.practice_pack is not None:
            self.flow = InteractionFlow(self.practice_pack, self.clock, self.segment())
        else:
            self.flow = self.desk.new_interaction(self.segment())
        self.refresh()
        self.setFocus()

    def _show_saved(self) -> None:
        record = self.last_saved
        if record is None:
            self.saved_label.clear()
            return
        self.saved_label.setText(
            self.tr("Saved: %1, %2")
            .replace("%1", outcome_label(record.outcome))
            .replace("%2", duration_text(record.duration_s, self.language()))
        )

    # --- segment -------------------------------------------------------------------------

    def segment(self) -> Segment:
        return Segment(self.segment_combo.currentData())

    def set_segment(self, segment: Segment) -> None:
        self.segment_combo.setCurrentIndex(list(Segment).index(segment))
        self.flow.segment = segment
        self.refresh()

    def focus_segment(self) -> None:
        self.segment_combo.showPopup()

    def _segment_chosen(self, index: int) -> None:
        self.flow.segment = Segment(self.segment_combo.itemData(index))
        self.refresh()
        self.setFocus()
