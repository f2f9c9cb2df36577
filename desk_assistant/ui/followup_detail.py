"""One follow-up in detail: what, when, who, the history; the contact masked until Reveal;
the call script, contact attempts and status changes."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.followup import (
    ACTIVE_STATUSES,
    TRANSITIONS,
    Attempt,
    Contact,
    Event,
    FollowUp,
    Reason,
    Status,
    format_phone,
)
from desk_assistant.domain.messages import (
    call_script,
    message_values,
    render_message,
    whatsapp_link,
)
from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import format_date
from desk_assistant.services.followups import FollowUpService
from desk_assistant.services.packs import PackService
from desk_assistant.ui.guard import guarded
from desk_assistant.ui.labels import attempt_label, channel_label, reason_label, status_label
from desk_assistant.ui.look import set_look_state, unbroken_codes
from desk_assistant.ui.retranslating import Retranslating


class NewsEdit(QPlainTextEdit):
    """The news for the patron: one sentence, wrapped over as many lines as it needs (up
    to three, then it scrolls); Tab leaves it and Enter does not break the sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        lines = max(1, min(3, int(self.document().size().height())))
        frame = 2 * (int(self.document().documentMargin()) + self.frameWidth()) + 2
        return QSize(super().sizeHint().width(), lines * self.fontMetrics().lineSpacing() + frame)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self.sizeHint()

    @guarded
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # one sentence: Enter goes to the window, not into the text
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        return self.toPlainText()


class FollowUpDetail(Retranslating, QWidget):
    """One follow-up: what, when, who, the history; contact masked until Reveal.

    Signals:
        changed(int): the follow-up was changed (attempt, status); the queue refreshes.
        error_raised(str): a message for the librarian (already translated).
        notice(str): what an action just did, for the status bar (already translated).
    """

    changed = Signal(int)
    error_raised = Signal(str)
    notice = Signal(str)

    def __init__(
        self,
        service: FollowUpService,
        packs: PackService,
        language: Callable[[], str],
        who: Callable[[], str],
        library: Callable[[], str],
        clock: Clock,
        authorise_reveal: Callable[[FollowUp], bool] = lambda _f: True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDetail")
        self.authorise_reveal = authorise_reveal
        self.service = service
        self.packs = packs
        self.language = language
        self.who = who
        self.library = library
        self.clock = clock
        self.followup: FollowUp | None = None
        self.revealed: Contact | None = None
        self._build()
        self._connect_signals()
        self.retranslate()
        self.show_followup(None)

    # --- construction --------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)

        self.heading = QLabel(body)
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.flag_label = QLabel(body)
        self.flag_label.setObjectName("flagLabel")
        self.flag_label.setWordWrap(True)
        layout.addWidget(self.flag_label)
        self.facts = QWidget(body)
        self.facts.setObjectName("detailFacts")
        self.facts_form = QFormLayout(self.facts)
        self.facts_form.setContentsMargins(0, 0, 0, 0)
        self.facts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("item", "call", "reason", "options", "due", "staff", "language"):
            name = QLabel(self.facts)
            name.setProperty("role", "factName")
            value = QLabel(self.facts)
            value.setObjectName(f"fact_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # titles and names as typed, never as HTML
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts_form.addRow(name, value)
            self.fact_labels[key] = (name, value)
        layout.addWidget(self.facts)

        self.contact_box = QGroupBox(body)
        contact_layout = QVBoxLayout(self.contact_box)
        self.contact_label = QLabel(self.contact_box)
        self.contact_label.setObjectName("contactLabel")
        self.contact_label.setWordWrap(True)
        self.contact_label.setTextFormat(Qt.TextFormat.PlainText)
        self.contact_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QPushButton(self.contact_box)
        self.reveal_button.setObjectName("revealButton")
        contact_layout.addWidget(self.contact_label)
        contact_layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.contact_box)

        self.script_box = QGroupBox(body)
        script_layout = QVBoxLayout(self.script_box)
        news_row = QHBoxLayout()
        self.news_label = QLabel(self.script_box)
        self.news_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        # The news wraps: a sentence is read whole at any text size, never cut at the edge.
        self.news_edit = NewsEdit(self.script_box)
        self.news_edit.setObjectName("newsEdit")
        news_row.addWidget(self.news_label)
        news_row.addWidget(self.news_edit, 1)
        script_layout.addLayout(news_row)
        self.script_text = QLabel(self.script_box)
        self.script_text.setObjectName("callScript")
        self.script_text.setWordWrap(True)
        self.script_text.setTextFormat(Qt.TextFormat.RichText)
        script_layout.addWidget(self.script_text)
        message_row = QHBoxLayout()
        message_row.setSpacing(6)
        self.whatsapp_button = QPushButton(self.script_box)
        self.whatsapp_button.setObjectName("whatsappButton")
        self.copy_button = QPushButton(self.script_box)
        self.copy_button.setObjectName("copyButton")
        message_row.addWidget(self.whatsapp_button)
        message_row.addWidget(self.copy_button)
        message_row.addStretch(1)
        script_layout.addLayout(message_row)
        layout.addWidget(self.script_box)

        self.attempt_box = QGroupBox(body)
        attempt_layout = QVBoxLayout(self.attempt_box)
        grid = QGridLayout()
        self.attempt_buttons: dict[Attempt, QPushButton] = {}
        for number, attempt in enumerate(Attempt, start=1):
            button = QPushButton(self.attempt_box)
            button.setObjectName(f"attempt_{attempt.value}")
            button.clicked.connect(lambda _=False, a=attempt: self.log_attempt(a))
            grid.addWidget(button, number - 1, 0)
            self.attempt_buttons[attempt] = button
        attempt_layout.addLayout(grid)
        self.note_edit = QLineEdit(self.attempt_box)
        self.note_edit.setObjectName("attemptNote")
        attempt_layout.addWidget(self.note_edit)
        layout.addWidget(self.attempt_box)

        self.status_box = QGroupBox(body)
        status_form = QFormLayout(self.status_box)
        self.status_combo = QComboBox(self.status_box)
        self.status_combo.setObjectName("statusCombo")
        self.reason_edit = QLineEdit(self.status_box)
        self.reason_edit.setObjectName("statusReason")
        self.status_button = QPushButton(self.status_box)
        self.status_button.setObjectName("statusButton")
        self.status_error = QLabel(self.status_box)
        self.status_error.setProperty("role", "fieldError")
        self.status_error.setWordWrap(True)
        self.status_error.hide()
        self.new_status_label = QLabel(self.status_box)
        self.reason_label = QLabel(self.status_box)
        status_form.addRow(self.new_status_label, self.status_combo)
        status_form.addRow(self.reason_label, self.reason_edit)
        status_form.addRow("", self.status_button)
        status_form.addRow(self.status_error)
        layout.addWidget(self.status_box)

        self.history_box = QGroupBox(body)
        history_layout = QVBoxLayout(self.history_box)
        self.history = QListWidget(self.history_box)
        self.history.setObjectName("history")
        # Each line wraps within the pane: nothing is cut at the edge at large text.
        self.history.setWordWrap(True)
        self.history.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        history_layout.addWidget(self.history)
        layout.addWidget(self.history_box)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)

    def _connect_signals(self) -> None:
        self.reveal_button.clicked.connect(self.reveal)
        self.news_edit.textChanged.connect(self._show_script)
        self.whatsapp_button.clicked.connect(self.send_whatsapp)
        self.copy_button.clicked.connect(self.copy_message)
        self.status_button.clicked.connect(self.change_status)

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        # Named for screen readers (these controls have no label of their own).
        self.news_edit.setAccessibleName(self.tr("News for the patron"))
        self.note_edit.setAccessibleName(self.tr("Note on the contact attempt"))
        self.status_combo.setAccessibleName(self.tr("New status"))
        self.reason_edit.setAccessibleName(self.tr("Reason for the new status"))
        self.history.setAccessibleName(self.tr("History of the follow-up"))
        self.contact_box.setTitle(self.tr("Contact"))
        self.reveal_button.setText(self.tr("Reveal (Ctrl+R)"))
        self.script_box.setTitle(self.tr("Call script and message"))
        self.news_label.setText(self.tr("News:"))
        self.whatsapp_button.setText(self.tr("Send via WhatsApp"))
        self.copy_button.setText(self.tr("Copy message"))
        self.attempt_box.setTitle(self.tr("Log a contact attempt (in the list: A, then 1–7)"))
        for number, (attempt, button) in enumerate(self.attempt_buttons.items(), start=1):
            button.setText(f"&{number}  {attempt_label(attempt)}")
        self.note_edit.setPlaceholderText(self.tr("Note (optional, no personal data)"))
        self.status_box.setTitle(self.tr("Status"))
        self.new_status_label.setText(self.tr("New status:"))
        self.reason_label.setText(self.tr("Why:"))
        self.status_button.setText(self.tr("Change status"))
        self.history_box.setTitle(self.tr("History"))
        self.show_followup(self.followup.id if self.followup else None, keep_reveal=True)

    # --- showing -------------------------------------------------------------------------

    def show_followup(self, followup_id: int | None, keep_reveal: bool = False) -> None:
        if followup_id is None:
            self.followup = None
            self.revealed = None
            self.heading.setText(self.tr("Choose a follow-up in the list."))
            for widget in (
                self.flag_label,
                self.facts,
                self.contact_box,
                self.script_box,
                self.attempt_box,
                self.status_box,
                self.history_box,
            ):
                widget.hide()
            return
        previous = self.followup.id if self.followup else None
        self.followup = self.service.get(followup_id)
        if not keep_reveal or previous != followup_id:
            self.revealed = None
        for widget in (
            self.facts,
            self.contact_box,
            self.script_box,
            self.attempt_box,
            self.status_box,
            self.history_box,
        ):
            widget.show()
        if previous != followup_id:
            self.news_edit.setPlainText(self._default_news())
            self.note_edit.clear()
            self.reason_edit.clear()
            self.status_error.hide()
        self._show_facts()
        self._show_contact()
        self._show_script()
        self._show_status_choices()
        self._show_history()

    def _default_news(self) -> str:
        pack = self.packs.active
        if pack.follow_up is None or self.followup is None:
            return ""
        request = self.followup.reason is Reason.COMPLAINT
        return pack.follow_up.default_news(request).get(self.followup.language)

    def _show_facts(self) -> None:
        f = self.followup
        assert f is not None
        lang = self.language()
        self.heading.setText(f"{f.code} — {status_label(f.status)}")
        flagged = self.service.is_flagged(f)
        self.flag_label.setText(
            self.tr("⚑ Flagged for the supervisor: %1 failed attempts.").replace(
                "%1", str(f.failed_attempts)
            )
        )
        self.flag_label.setVisible(flagged)
        pack = self.packs.active
        options = ", ".join(
            next((o.label.get(lang) for o in pack.options if o.id == oid), oid) for oid in f.options
        )
        today = self.clock().date()
        due = format_date(f.due, lang) if f.due else "—"
        overdue = bool(f.due and f.status in ACTIVE_STATUSES and f.due < today)
        if overdue:
            # lupdate reads no tr() inside an f-string: keep it outside.
            due = self.tr("%1 (overdue)").replace("%1", due)
        created = format_date(f.created_at.date(), lang, weekday=False)
        request = f.reason is Reason.COMPLAINT  # a complaint or request, not material
        facts = {
            "item": (
                self.tr("Subject") if request else self.tr("Item"),
                f.item.title + (f" — {f.item.author}" if f.item.author else ""),
            ),
            "call": (self.tr("Call number / ISBN"), f.item.call_number or "—"),
            "reason": (
                self.tr("Kind") if request else self.tr("Why not available"),
                reason_label(f.reason),
            ),
            "options": (self.tr("Options chosen"), options or "—"),
            "due": (self.tr("Promised by"), due),
            "staff": (self.tr("Promised by (staff)"), f"{f.staff}, {f.desk}, {created}"),
            "language": (
                self.tr("Patron's language"),
                "Bahasa Indonesia" if f.language == "id" else "English",
            ),
        }
        for key, (name, value) in facts.items():
            name_label, value_label = self.fact_labels[key]
            name_label.setText(name)
            value_label.setText(value)
        # A complaint has no call number: the row would only ever say "—".
        self.facts_form.setRowVisible(self.fact_labels["call"][1], not request)
        due_label = self.fact_labels["due"][1]
        set_look_state(due_label, "overdue", overdue)

    def _show_contact(self) -> None:
        f = self.followup
        assert f is not None
        contact = self.revealed or f.contact
        if f.contact is None or contact is None:
            self.contact_label.setText(
                self.tr("No contact details (no consent, or erased): the patron checks back.")
            )
            self.reveal_button.hide()
            for button in (self.whatsapp_button, self.copy_button):
                button.setEnabled(False)
            return
        parts = []
        if self.revealed is not None:
            parts.append(contact.name)
            if contact.phone:
                parts.append(format_phone(contact.phone.e164))
            if contact.email:
                parts.append(contact.email)
        else:
            # The service hands the contact out masked; only a reveal gives the details.
            parts.append(contact.name)
            if contact.phone:
                parts.append(contact.phone.e164)
            if contact.email:
                parts.append(contact.email)
        parts.append(self.tr("prefers: %1").replace("%1", channel_label(contact.channel)))
        self.contact_label.setText("  ·  ".join(parts))
        self.reveal_button.setVisible(self.revealed is None)
        self.whatsapp_button.setEnabled(contact.phone is not None and contact.phone.mobile)
        self.copy_button.setEnabled(True)

    def _values(self) -> dict[str, str]:
        f = self.followup
        assert f is not None
        patron = ""
        if f.contact is not None:
            patron = self.revealed.name if self.revealed else f.contact.name
        return message_values(
            self.packs.active,
            f.language,
            self.clock(),
            code=f.code,
            library=self.library(),
            staff=self.who(),
            patron=patron,
            item=f.item.title,
            news=" ".join(self.news_edit.toPlainText().split()),
            date_text=format_date(f.due, f.language) if f.due else "",
        )

    def _show_script(self) -> None:
        if self.followup is None:
            return
        # Said to the patron: in the patron's language, whatever the screen's language.
        lines = call_script(self.packs.active, self.followup.language, self._values())
        items = "".join(f"<li>{unbroken_codes(html.escape(line))}</li>" for line in lines)
        self.script_text.setText(f"<ol>{items}</ol>")

    def _show_status_choices(self) -> None:
        f = self.followup
        assert f is not None
        self.status_combo.clear()
        for status in Status:
            if status in TRANSITIONS[f.status]:
                self.status_combo.addItem(status_label(status), status.value)

    def _show_history(self) -> None:
        f = self.followup
        assert f is not None
        self.history.clear()
        for event in reversed(self.service.history(f.id)):
            self.history.addItem(self.describe(event))

    def describe(self, event: Event) -> str:
        when = event.at.strftime("%d-%m-%Y %H:%M")
        detail = event.detail
        if event.kind == "created":
            what = self.tr("promised")
        elif event.kind == "edited":
            what = self.tr("details corrected")
        elif event.kind == "status":
            what = (
                self.tr("status: %1 → %2")
                .replace("%1", status_label(detail.get("from", "open")))
                .replace("%2", status_label(detail.get("to", "open")))
            )
            if detail.get("reason_erased"):
                what += " (" + self.tr("erased") + ")"
            elif detail.get("reason"):
                what += f" ({detail['reason']})"
        elif event.kind == "attempt":
            what = attempt_label(detail.get("attempt", Attempt.CALLED_REACHED.value))
            if detail.get("note_erased"):
                what += ": " + self.tr("(erased)")
            elif detail.get("note"):
                what += f": {detail['note']}"
        elif event.kind == "reveal":
            what = self.tr("contact revealed")
        elif event.kind == "erased":
            what = self.tr("contact details erased")
        elif event.kind == "recoded":
            # A desk that ran alone before joining the library server: its code had been
            # given at another desk too, so the follow-up took a new one.
            what = (
                self.tr("new code %1 (%2 had also been given at another desk)")
                .replace("%1", str(detail.get("to", "")))
                .replace("%2", str(detail.get("from", "")))
            )
        else:
            what = event.kind
        return f"{when}  {event.by}  {what}"

    # --- actions -------------------------------------------------------------------------

    def reveal(self, purpose: str = "view") -> Contact | None:
        if self.followup is None or not self.authorise_reveal(self.followup):
            return None
        try:
            self.revealed = self.service.reveal(self.followup.id, self.who(), purpose)
        except DeskAssistantError as exc:
            self.error_raised.emit(exc.user_message(self.language()))
            return None
        self._show_contact()
        self._show_script()
        self._show_history()
        return self.revealed

    def message(self, kind: str = "whatsapp") -> str:
        assert self.followup is not None
        return render_message(self.packs.active, kind, self.followup.language, self._values())

    def whatsapp_url(self) -> str | None:
        """Reveals the contact (recorded) and returns the wa.me link with the message."""
        contact = self.revealed or self.reveal("whatsapp")
        if contact is None or contact.phone is None:
            return None
        return whatsapp_link(contact.phone.e164, self.message("whatsapp"))

    def send_whatsapp(self) -> None:
        url = self.whatsapp_url()
        if url is not None and not QDesktopServices.openUrl(QUrl(url)):
            self.error_raised.emit(
                self.tr(
                    "WhatsApp could not be opened: this PC has no web browser set. "
                    "Copy the message instead (Salin pesan)."
                )
            )

    def copy_message(self) -> None:
        if self.followup is None:
            return
        if self.revealed is None and self.reveal("copy") is None:
            return
        QGuiApplication.clipboard().setText(self.message("whatsapp"))
        self.notice.emit(self.tr("Message copied: paste it where you send it."))

    def log_attempt(self, attempt: Attempt) -> None:
        if self.followup is None:
            return
        try:
            self.service.log_attempt(self.followup.id, attempt, self.who(), self.note_edit.text())
        except DeskAssistantError as exc:
            self.error_raised.emit(exc.user_message(self.language()))
            return
        self.note_edit.clear()
        self.show_followup(self.followup.id, keep_reveal=True)
        self.changed.emit(self.followup.id)

    def change_status(self) -> None:
        if self.followup is None or self.status_combo.currentData() is None:
            return
        new = Status(self.status_combo.currentData())
        try:
            self.service.change_status(self.followup.id, new, self.who(), self.reason_edit.text())
        except DeskAssistantError as exc:
            self.status_error.setText(exc.user_message(self.language()))
            self.status_error.show()
            self.reason_edit.setFocus()
            return
        self.reason_edit.clear()
        self.status_error.hide()
        self.show_followup(self.followup.id, keep_reveal=True)
        self.changed.emit(self.followup.id)
