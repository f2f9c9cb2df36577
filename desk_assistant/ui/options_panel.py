"""The options checklist: what to offer when material is unavailable, and the follow-up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.domain.followup import (
    MATERIAL_REASONS,
    CaseForm,
    Channel,
    FormErrors,
    Reason,
    parse_email,
    parse_phone,
)
from desk_assistant.domain.script_pack import ScriptPack
from desk_assistant.errors import ValidationError
from desk_assistant.ui.guard import guarded
from desk_assistant.ui.key_legend import KEY_SEPARATOR, Legend, number_keys
from desk_assistant.ui.labels import channel_label, reason_label
from desk_assistant.ui.look import unbroken_codes
from desk_assistant.ui.option_box import OptionBox
from desk_assistant.ui.retranslating import Retranslating

# Why material is not available (a complaint or request is not chosen here: see request mode).


class OptionsPanel(Retranslating, QFrame):
    """The checklist beside the script.

    Signals:
        submitted(): the librarian asked to record the next step (Ctrl+Enter or the button).
        left(bool): the panel was left; True when what was typed is kept for later.
        keys_changed(): the keys that work in the panel changed (see :meth:`legend`).
    """

    submitted = Signal()
    left = Signal(bool)
    keys_changed = Signal()
    options_changed = Signal()  # an option chosen, explained or let go

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optionsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.language = language
        self.pack: ScriptPack | None = None
        # Request mode: a complaint or request to follow up, not material. The form asks
        # only what it is about, the date and the contact details; the pack's call-back
        # option is the next step.
        self.request_mode = False
        self.option_boxes: dict[str, OptionBox] = {}
        self.option_lines: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._build()
        self._connect_signals()
        self.retranslate()

    # --- construction --------------------------------------------------------------------

    def _error_label(self, name: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(f"error_{name}")
        label.setProperty("role", "fieldError")
        label.setWordWrap(True)
        label.hide()
        self.errors[name] = label
        return label

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("panelTitle")
        self.title_label.setWordWrap(True)
        outer.addWidget(self.title_label)
        # The recorded result: the read-back and the slip, above the (still editable) form.
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        # The read-back quotes what was typed: shown as typed, never as HTML.
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.hide()
        outer.addWidget(self.result_label)

        scroll = self.scroll_area = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 4, 0)

        # What was asked.
        self.item_box = QGroupBox(body)
        item_form = QFormLayout(self.item_box)
        self.reason_combo = QComboBox(self.item_box)
        self.reason_combo.setObjectName("reasonCombo")
        for reason in MATERIAL_REASONS:
            self.reason_combo.addItem("", reason.value)
        self.title_edit = QLineEdit(self.item_box)
        self.title_edit.setObjectName("titleEdit")
        self.author_edit = QLineEdit(self.item_box)
        self.author_edit.setObjectName("authorEdit")
        self.call_edit = QLineEdit(self.item_box)
        self.call_edit.setObjectName("callNumberEdit")
        self.reason_label = QLabel(self.item_box)
        self.title_field_label = QLabel(self.item_box)
        self.author_label = QLabel(self.item_box)
        self.call_label = QLabel(self.item_box)
        # The order of the conversation: what was asked, then why it is not available.
        item_form.addRow(self.title_field_label, self.title_edit)
        item_form.addRow("", self._error_label("title", self.item_box))
        item_form.addRow(self.author_label, self.author_edit)
        item_form.addRow(self.call_label, self.call_edit)
        item_form.addRow(self.reason_label, self.reason_combo)
        self.body_layout.addWidget(self.item_box)

        # The options.
        self.options_box = QGroupBox(body)
        self.options_layout = QVBoxLayout(self.options_box)
        # Where the number keys work, said where they work (a group title cannot wrap).
        self.options_keys = QLabel(self.options_box)
        self.options_keys.setObjectName("optionsKeys")
        self.options_keys.setWordWrap(True)
        self.declined_box = QCheckBox(self.options_box)
        self.declined_box.setObjectName("declinedBox")
        self.options_error = self._error_label("options", self.options_box)
        self.body_layout.addWidget(self.options_box)

        # The follow-up: the date, consent, then contact details.
        self.followup_box = QGroupBox(body)
        follow_form = QFormLayout(self.followup_box)
        self.due_edit = QDateEdit(self.followup_box)
        self.due_edit.setObjectName("dueEdit")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("dd-MM-yyyy")
        # Tab leaves the date (arrows move between day, month, year), like every other field.
        self.due_edit.installEventFilter(self)
        self.due_label = QLabel(self.followup_box)
        follow_form.addRow(self.due_label, self.due_edit)
        follow_form.addRow("", self._error_label("due", self.followup_box))
        self.consent_box = QCheckBox(self.followup_box)
        self.consent_box.setObjectName("consentBox")
        follow_form.addRow(self.consent_box)
        self.no_consent_note = QLabel(self.followup_box)
        self.no_consent_note.setWordWrap(True)
        self.no_consent_note.setObjectName("noConsentNote")
        follow_form.addRow(self.no_consent_note)
        self.name_edit = QLineEdit(self.followup_box)
        self.name_edit.setObjectName("nameEdit")
        self.phone_edit = QLineEdit(self.followup_box)
        self.phone_edit.setObjectName("phoneEdit")
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email_edit = QLineEdit(self.followup_box)
        self.email_edit.setObjectName("emailEdit")
        self.channel_combo = QComboBox(self.followup_box)
        self.channel_combo.setObjectName("channelCombo")
        self.channel_combo.addItem("", None)
        for channel in Channel:
            self.channel_combo.addItem("", channel.value)
        self.name_label = QLabel(self.followup_box)
        self.phone_label = QLabel(self.followup_box)
        self.email_label = QLabel(self.followup_box)
        self.channel_label = QLabel(self.followup_box)
        follow_form.addRow(self.name_label, self.name_edit)
        follow_form.addRow("", self._error_label("name", self.followup_box))
        follow_form.addRow(self.phone_label, self.phone_edit)
        follow_form.addRow("", self._error_label("phone", self.followup_box))
        follow_form.addRow(self.email_label, self.email_edit)
        follow_form.addRow("", self._error_label("email", self.followup_box))
        follow_form.addRow(self.channel_label, self.channel_combo)
        follow_form.addRow("", self._error_label("channel", self.followup_box))
        self.body_layout.addWidget(self.followup_box)

        self.general_error = QLabel(body)
        self.general_error.setProperty("role", "fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.body_layout.addWidget(self.general_error)

        self.body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # Leaving mid-way: keep or discard, never silently.
        self.leave_bar = QFrame(self)
        self.leave_bar.setObjectName("leaveBar")
        leave_layout = QVBoxLayout(self.leave_bar)
        self.leave_label = QLabel(self.leave_bar)
        self.leave_label.setWordWrap(True)
        leave_buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.leave_bar)
        self.keep_button.setObjectName("keepButton")
        self.discard_button = QPushButton(self.leave_bar)
        self.discard_button.setObjectName("discardButton")
        self.stay_button = QPushButton(self.leave_bar)
        self.stay_button.setObjectName("stayButton")
        for button in (self.keep_button, self.discard_button, self.stay_button):
            leave_buttons.addWidget(button)
        leave_layout.addWidget(self.leave_label)
        leave_layout.addLayout(leave_buttons)
        self.leave_bar.hide()
        outer.addWidget(self.leave_bar)

        buttons = QHBoxLayout()
        self.slip_button = QPushButton(self)
        self.slip_button.setObjectName("slipButton")
        self.slip_button.hide()
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setDefault(True)
        buttons.addWidget(self.slip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        outer.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.submit_button.clicked.connect(self.submitted.emit)
        self.declined_box.toggled.connect(self._update_visibility)
        self.consent_box.toggled.connect(self._update_visibility)
        self.phone_edit.editingFinished.connect(self._check_phone)
        self.email_edit.editingFinished.connect(self._check_email)
        self.title_edit.textEdited.connect(lambda _t: self._clear_error("title"))
        self.keep_button.clicked.connect(lambda: self._leave(True))
        self.discard_button.clicked.connect(lambda: self._leave(False))
        self.stay_button.clicked.connect(self.stay)
        # Panel-level keys: they work wherever the focus is in the checklist (a combo box
        # or a date field would otherwise keep them for itself).
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            self._shortcut(sequence, self, self.submitted.emit)
        # The number keys tick options only while the focus is in the list of options: in
        # the text fields above they are typed (a call number, an ISBN, a title "1984").
        for number in range(10):
            for sequence in (str(number), f"Num+{number}"):
                self._shortcut(sequence, self.options_box, partial(self.toggle_option, number))

    @staticmethod
    def _shortcut(sequence: str, area: QWidget, action: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(sequence), area)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.request_mode:
            self.title_label.setText(self.tr("Follow-up: what we promise the patron"))
            self.item_box.setTitle(self.tr("What the complaint or request is about"))
            self.title_field_label.setText(self.tr("&Subject *:"))
        else:
            self.title_label.setText(self.tr("Not available: the patron's options"))
            self.item_box.setTitle(self.tr("What was asked"))
            self.title_field_label.setText(self.tr("&Title *:"))
        self.reason_label.setText(self.tr("Why not available:"))
        for index, reason in enumerate(MATERIAL_REASONS):
            self.reason_combo.setItemText(index, reason_label(reason))
        self.title_field_label.setBuddy(self.title_edit)
        self.author_label.setText(self.tr("Author:"))
        self.call_label.setText(self.tr("Call number / ISBN:"))
        self._title_options()
        self.declined_box.setText(self.tr("0  The patron declined all options"))
        self.followup_box.setTitle(self.tr("Follow-up"))
        self.due_label.setText(self.tr("Answer promised by:"))
        self.consent_box.setText(self.tr("The patron agrees to be contacted about this request"))
        self.no_consent_note.setText(
            self.tr(
                "Without consent no contact details are stored: the patron gets the reference "
                "code and checks back at the desk."
            )
        )
        self.name_label.setText(self.tr("Patron's name:"))
        self.phone_label.setText(self.tr("Phone / WhatsApp:"))
        self.phone_edit.setPlaceholderText(self.tr("e.g. 0812-3456-7890"))
        self.email_label.setText(self.tr("E-mail:"))
        self.email_edit.setPlaceholderText(self.tr("e.g. name@example.com"))
        self.channel_label.setText(self.tr("Contact by:"))
        for index in range(self.channel_combo.count()):
            value = self.channel_combo.itemData(index)
            self.channel_combo.setItemText(
                index, channel_label(value) if value else self.tr("— choose —")
            )
        self.submit_button.setText(self.tr("Record the next step (Ctrl+Enter)"))
        self.slip_button.setText(self.tr("Patron slip… (Ctrl+P)"))
        self.leave_label.setText(
            self.tr("Leave the checklist? What you typed can be kept for later or discarded.")
        )
        self.keep_button.setText(self.tr("&Keep for later"))
        self.discard_button.setText(self.tr("&Discard"))
        self.stay_button.setText(self.tr("&Go on filling in"))
        if self.pack is not None:
            self._fill_option_texts()

    # --- content -------------------------------------------------------------------------

    def set_pack(self, pack: ScriptPack, default_due: date, request: bool = False) -> None:
        """Show ``pack``'s options (rebuilt only when the pack changes); ``request``: a
        complaint or request to follow up instead of unavailable material."""
        if request != self.request_mode:
            self.request_mode = request
            for widget in (
                self.reason_label,
                self.reason_combo,
                self.author_label,
                self.author_edit,
                self.call_label,
                self.call_edit,
                self.options_box,
            ):
                widget.setVisible(not request)
            self.retranslate()
        if self.pack is not pack:
            for box in self.option_boxes.values():
                box.deleteLater()
            for label in self.option_lines.values():
                label.deleteLater()
            self.option_boxes.clear()
            self.option_lines.clear()
            while self.options_layout.count():
                self.options_layout.takeAt(0)
            self.options_layout.addWidget(self.options_keys)
            for option in pack.options:
                box = OptionBox(self.options_box)
                box.setObjectName(f"option_{option.id}")
                box.checkStateChanged.connect(lambda _s: self._update_visibility())
                box.checkStateChanged.connect(lambda _s: self._clear_error("options"))
                box.checkStateChanged.connect(lambda _s: self.options_changed.emit())
                line = QLabel(self.options_box)
                line.hide()
                line.setWordWrap(True)
                line.setTextFormat(Qt.TextFormat.PlainText)
                line.setProperty("role", "optionLine")
                self.options_layout.addWidget(box)
                self.options_layout.addWidget(line)
                self.option_boxes[option.id] = box
                self.option_lines[option.id] = line
            self.options_layout.addWidget(self.declined_box)
            self.options_layout.addWidget(self.options_error)
            self.pack = pack
            self._fill_option_texts()
            self._set_tab_order()
        self.default_due = default_due
        self.due_edit.setMinimumDate(QDate(default_due.year, 1, 1))
        if not self.has_input():
            self._set_due(default_due)
        self._update_visibility()

    def _set_tab_order(self) -> None:
        """Tab follows the form top to bottom, the options in their order."""
        chain: list[QWidget] = [
            self.title_edit,
            self.author_edit,
            self.call_edit,
            self.reason_combo,
            *self.option_boxes.values(),
            self.declined_box,
            self.due_edit,
            self.consent_box,
            self.name_edit,
            self.phone_edit,
            self.email_edit,
            self.channel_combo,
            self.submit_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _show_in_view(self, widget: QWidget) -> None:
        self.scroll_area.ensureWidgetVisible(widget, 10, 10)

    def _title_options(self) -> None:
        count = len(self.option_boxes)
        self.options_box.setTitle(self.tr("Options offered"))
        self.options_keys.setText(
            self.tr(
                "Mark every option you explained: its key once if the patron chooses it, "
                "twice if not. Keys %1 and 0 work while the focus is in this list; Enter "
                "from above."
            ).replace("%1", number_keys(count) if count else "1–9")
        )

    def _fill_option_texts(self) -> None:
        assert self.pack is not None
        self._title_options()
        lang = self.language()
        for number, option in enumerate(self.pack.options, start=1):
            self.option_boxes[option.id].set_label(f"{number}  {option.label.get(lang)}")
            self.option_lines[option.id].setText(f"“{option.line.get(lang)}”")

    def _set_due(self, day: date) -> None:
        self.due_edit.setDate(QDate(day.year, day.month, day.day))

    def request_option(self) -> str | None:
        """The pack's option a request follows up with: call back, else the first that
        needs a follow-up."""
        if self.pack is None:
            return None
        ids = [option.id for option in self.pack.options if option.follow_up]
        return "call_back" if "call_back" in ids else (ids[0] if ids else None)

    def form(self) -> CaseForm:
        due = self.due_edit.date()
        channel = self.channel_combo.currentData()
        contact = CaseForm(
            consent=self.consent_box.isChecked(),
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            channel=Channel(channel) if channel else None,
            due=date(due.year(), due.month(), due.day()),
        )
        if self.request_mode:
            option = self.request_option()
            return replace(
                contact,
                reason=Reason.COMPLAINT,
                title=self.title_edit.text(),
                options=(option,) if option else (),
            )
        return replace(
            contact,
            reason=Reason(self.reason_combo.currentData()),
            title=self.title_edit.text(),
            author=self.author_edit.text(),
            call_number=self.call_edit.text(),
            options=tuple(oid for oid, box in self.option_boxes.items() if box.chosen()),
            explained=tuple(oid for oid, box in self.option_boxes.items() if box.explained()),
            declined=self.declined_box.isChecked(),
        )

    def fill(self, form: CaseForm) -> None:
        """Put back what was typed (a checklist kept across a quit)."""
        self.title_edit.setText(form.title)
        if not self.request_mode:
            self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(form.reason.value)))
            self.author_edit.setText(form.author)
            self.call_edit.setText(form.call_number)
            for option_id, box in self.option_boxes.items():
                box.set_state(option_id in form.options, option_id in form.explained)
            self.declined_box.setChecked(form.declined)
        if form.due is not None:
            self._set_due(form.due)
        self.consent_box.setChecked(form.consent)
        self.name_edit.setText(form.name)
        self.phone_edit.setText(form.phone)
        self.email_edit.setText(form.email)
        channel = form.channel.value if form.channel else None
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(channel)))
        self._update_visibility()

    def has_input(self) -> bool:
        form = self.form()
        typed = (form.title, form.author, form.call_number, form.name, form.phone, form.email)
        chosen = bool(form.options or form.explained) and not self.request_mode
        return any(text.strip() for text in typed) or chosen or form.declined

    def needs_follow_up(self) -> bool:
        if self.request_mode:
            return True
        if self.pack is None or self.declined_box.isChecked():
            return False
        chosen = {oid for oid, box in self.option_boxes.items() if box.chosen()}
        return bool(chosen & self.pack.follow_up_options)

    def _update_visibility(self) -> None:
        follow = self.needs_follow_up()
        self.followup_box.setVisible(follow)
        consent = self.consent_box.isChecked()
        for widget in (
            self.name_edit,
            self.phone_edit,
            self.email_edit,
            self.channel_combo,
            self.name_label,
            self.phone_label,
            self.email_label,
            self.channel_label,
        ):
            widget.setVisible(consent)
        self.no_consent_note.setVisible(not consent)
        if not consent:
            for name in ("name", "phone", "email", "channel"):
                self._clear_error(name)
        for option_id, box in self.option_boxes.items():
            box.setEnabled(not self.declined_box.isChecked())
            # The line to say shows under an option being explained or chosen: the list
            # stays short to scan.
            said = box.chosen() or box.explained()
            self.option_lines[option_id].setVisible(said and box.isEnabled())
        self.keys_changed.emit()  # Enter may now lead to the follow-up, or not

    def clear(self) -> None:
        for edit in (
            self.title_edit,
            self.author_edit,
            self.call_edit,
            self.name_edit,
            self.phone_edit,
            self.email_edit,
        ):
            edit.clear()
        for box in (*self.option_boxes.values(), self.declined_box, self.consent_box):
            box.setCheckState(Qt.CheckState.Unchecked)
        self.reason_combo.setCurrentIndex(0)
        self.channel_combo.setCurrentIndex(0)
        if self.pack is not None:
            self._set_due(self.default_due)
        self.show_errors(FormErrors())
        self.show_result("")
        self.leave_bar.hide()

    def toggle_option(self, number: int) -> None:
        if self.request_mode:
            return
        if number == 0:
            self.declined_box.toggle()
            return
        boxes = list(self.option_boxes.values())
        if 1 <= number <= len(boxes) and boxes[number - 1].isEnabled():
            box = boxes[number - 1]
            box.advance()
            # An option below the fold comes into view, with the line to say under it.
            line = self.option_lines[list(self.option_boxes)[number - 1]]
            shown = line if line.isVisibleTo(self) else box
            # After the layout has placed the line just shown.
            QTimer.singleShot(0, self.scroll_area, partial(self._show_in_view, shown))

    # --- errors and result ---------------------------------------------------------------

    def show_errors(self, errors: FormErrors) -> None:
        lang = self.language()
        for name, label in self.errors.items():
            error = errors.by_field.get(name)
            label.setText(error.user_message(lang) if error else "")
            label.setVisible(error is not None)
        first = next(iter(errors.by_field), None)
        focus = {
            "title": self.title_edit,
            "name": self.name_edit,
            "phone": self.phone_edit,
            "email": self.email_edit,
            "channel": self.channel_combo,
            "due": self.due_edit,
        }.get(first or "")
        if focus is not None:
            focus.setFocus()
        elif first == "options" and self.option_boxes:
            next(iter(self.option_boxes.values())).setFocus()

    def show_general_error(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def error_texts(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if not label.isHidden()}

    def _clear_error(self, name: str) -> None:
        if name in self.errors:
            self.errors[name].hide()

    def _check_phone(self) -> None:
        text = self.phone_edit.text()
        if not text.strip():
            self._clear_error("phone")
            return
        try:
            parse_phone(text)
        except ValidationError as exc:
            self.show_field_error(exc)
        else:
            self._clear_error("phone")

    def _check_email(self) -> None:
        text = self.email_edit.text()
        if not text.strip():
            self._clear_error("email")
            return
        try:
            parse_email(text)
        except ValidationError as exc:
            self.show_field_error(exc)
        else:
            self._clear_error("email")

    def show_field_error(self, error: ValidationError) -> None:
        label = self.errors[error.field]
        label.setText(error.user_message(self.language()))
        label.show()

    def show_result(self, text: str, slip: bool = False) -> None:
        self.result_label.setText(unbroken_codes(text))
        self.result_label.setVisible(bool(text))
        self.slip_button.setVisible(slip)
        self.keys_changed.emit()

    # --- keys and leaving ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.due_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Tab:
                return self.focusNextPrevChild(True)
            if event.key() == Qt.Key.Key_Backtab:
                return self.focusNextPrevChild(False)
        return super().eventFilter(watched, event)

    # The parts of the checklist, in the order of the conversation; Enter goes from one to
    # the next, Tab from field to field.
    ASKED, OPTIONS, FOLLOW_UP = "asked", "options", "follow_up"
    LEAVING, BUTTONS = "leaving", "buttons"

    def area(self) -> str:
        """The part of the checklist the focus is in."""
        focused = self.focusWidget()
        for name, box in (
            (self.LEAVING, self.leave_bar),
            (self.ASKED, self.item_box),
            (self.OPTIONS, self.options_box),
            (self.FOLLOW_UP, self.followup_box),
        ):
            if focused is not None and (focused is box or box.isAncestorOf(focused)):
                return name
        return self.BUTTONS

    def legend(self) -> Legend:
        """The keys that work where the focus is in the checklist (what the legend shows)."""
        area = self.area()
        if area == self.LEAVING:
            return [
                ("Enter", self.tr("the button with the focus")),
                ("Esc", self.tr("go on filling in")),
            ]
        entries: Legend = []
        focused = self.focusWidget()
        if isinstance(focused, OptionBox):
            entries.append((self.tr("Space"), self.tr("chosen › explained only › not said")))
        elif isinstance(focused, QCheckBox):
            entries.append((self.tr("Space"), self.tr("tick or untick")))
        elif isinstance(focused, (QComboBox, QDateEdit)):
            entries.append((f"↑{KEY_SEPARATOR}↓", self.tr("change the value")))
        if area == self.ASKED:
            entries.append(("Tab", self.tr("next field")))
            entries.append(("Enter", self._enter_meaning(area)))
        elif area == self.OPTIONS:
            entries.append(
                (
                    number_keys(len(self.option_boxes)),
                    self.tr("chosen; again: explained, not chosen"),
                )
            )
            entries.append(("0", self.tr("the patron wants none")))
            entries.append(("Enter", self._enter_meaning(area)))
        elif area == self.FOLLOW_UP:
            entries.append((f"Tab{KEY_SEPARATOR}Enter", self.tr("next field")))
        else:
            entries.append(("Enter", self.tr("the button with the focus")))
        entries.append(("Ctrl+Enter", self.tr("record the next step")))
        entries.append(("Esc", self.tr("leave the checklist")))
        return entries

    def _enter_meaning(self, area: str) -> str:
        following = self._next_part(area)
        if following is self.options_box:
            return self.tr("to the options")
        if following is self.followup_box:
            return self.tr("to the follow-up")
        return self.tr("to the Record button")

    def _next_part(self, area: str) -> QWidget:
        parts: list[QWidget] = [self.item_box, self.options_box, self.followup_box]
        start = {self.ASKED: 1, self.OPTIONS: 2}.get(area, len(parts))
        for part in parts[start:]:
            if part.isVisibleTo(self):
                return part
        return self.submit_button

    def _enter_next_part(self, area: str) -> None:
        following = self._next_part(area)
        if following is self.options_box:
            boxes = [box for box in self.option_boxes.values() if box.isEnabled()]
            (boxes[0] if boxes else self.declined_box).setFocus()
        elif following is self.followup_box:
            self.due_edit.setFocus()
        else:
            following.setFocus()

    @guarded
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Keys stay in the panel: Enter goes on to the next part (in the follow-up, the
        next field), Ctrl+Enter records, Esc asks to leave."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            area = self.area()
            if isinstance(focused, QPushButton):
                focused.click()
            elif area in (self.ASKED, self.OPTIONS):
                self._enter_next_part(area)
            else:
                self.focusNextChild()
        elif key == Qt.Key.Key_Escape:
            if self.leave_bar.isVisible():
                self.stay()
            else:
                self.request_leave()
        elif key in (Qt.Key.Key_F4, Qt.Key.Key_F6):
            super().keyPressEvent(event)  # the desk view's segment and language keys
            return
        event.accept()

    def request_leave(self) -> None:
        if self.has_input() and not self.result_label.isVisible():
            self.leave_bar.show()
            self.keep_button.setFocus()
        else:
            self.left.emit(True)

    def stay(self) -> None:
        self.leave_bar.hide()
        self.title_edit.setFocus()

    def _leave(self, keep: bool) -> None:
        self.leave_bar.hide()
        if not keep:
            self.clear()
        self.left.emit(keep)
