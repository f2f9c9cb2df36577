"""PIN entry, PIN setting, the audit log, and a patron's privacy requests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.domain.followup import FollowUp
from desk_assistant.domain.roles import Role, check_pin_format
from desk_assistant.errors import DeskAssistantError
from desk_assistant.services.audit import AuditEntry, AuditService
from desk_assistant.services.auth import AuthService
from desk_assistant.services.privacy import PrivacyService
from desk_assistant.ui.labels import audit_action_label, readable_detail, role_label, status_label
from desk_assistant.ui.look import TextDialog
from desk_assistant.ui.paths import in_documents


def _pin_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


def _error_and_buttons(
    dialog: QDialog,
    layout: QVBoxLayout,
    cancel_text: str,
    ok_text: str,
    ok_name: str,
    on_ok: Callable[[], None],
) -> QLabel:
    """The hidden error line and the Cancel / OK row of the PIN dialogs."""
    error = QLabel(dialog)
    error.setObjectName("errorLabel")
    error.setWordWrap(True)
    error.hide()
    layout.addWidget(error)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    cancel = QPushButton(cancel_text, dialog)
    ok = QPushButton(ok_text, dialog)
    ok.setObjectName(ok_name)
    ok.setDefault(True)
    buttons.addWidget(cancel)
    buttons.addWidget(ok)
    layout.addLayout(buttons)
    cancel.clicked.connect(dialog.reject)
    ok.clicked.connect(on_ok)
    return error


class PinDialog(TextDialog):
    """Enter a role's PIN. Wrong tries and the lockout are the service's to count."""

    def __init__(
        self, auth: AuthService, role: Role, who: str, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.auth, self.role, self.who, self.lang = auth, role, who, lang
        self.setWindowTitle(self.tr("Role: %1").replace("%1", role_label(role)))
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Enter the %1 PIN:").replace("%1", role_label(role)), self)
        layout.addWidget(prompt)
        self.pin_edit = _pin_edit(self)
        self.pin_edit.setObjectName("pinEdit")
        prompt.setBuddy(self.pin_edit)
        layout.addWidget(self.pin_edit)
        self.error_label = _error_and_buttons(
            self, layout, self.tr("Cancel"), self.tr("Unlock"), "unlockButton", self.unlock
        )

    needs_new_pin = False  # the PIN was right but is below today's rule

    def unlock(self) -> None:
        try:
            unlocked = self.auth.unlock(self.role, self.pin_edit.text(), self.who)
        except DeskAssistantError as exc:
            self.error_label.setText(exc.user_message(self.lang))
            self.error_label.show()
            self.fit_to_text()
            self.pin_edit.clear()
            self.pin_edit.setFocus()
            return
        self.needs_new_pin = unlocked.needs_new_pin
        self.accept()


def show_recovery_code(parent: QWidget | None, code: str) -> None:
    """The supervisor's recovery code, shown once: it resets a forgotten PIN."""
    box = QMessageBox(parent)
    box.setObjectName("recoveryCodeBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("SetPinDialog", "Recovery code"))
    box.setText(
        QCoreApplication.translate(
            "SetPinDialog",
            "Write this recovery code down and keep it locked away. It is shown only now. "
            "With it a forgotten supervisor PIN can be replaced (Role → Forgot the PIN?).",
        )
    )
    box.setInformativeText(code)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


class NewPinDialog(TextDialog):
    """A new PIN typed twice below an introduction (and any rows a subclass adds first);
    OK stores it through :meth:`store`, and any problem is said in the dialog."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def build(
        self,
        intro: str,
        rows: list[tuple[str, QWidget]],
        cancel: str,
        ok_name: str,
        ok_text: str = "",
    ) -> None:
        layout = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.pin_edit = _pin_edit(self)
        self.pin_edit.setObjectName("newPinEdit")
        self.again_edit = _pin_edit(self)
        self.again_edit.setObjectName("againPinEdit")
        for text, widget in rows:
            form.addRow(text, widget)
        form.addRow(QCoreApplication.translate("SetPinDialog", "New PIN:"), self.pin_edit)
        form.addRow(QCoreApplication.translate("SetPinDialog", "Again:"), self.again_edit)
        layout.addLayout(form)
        self.error_label = _error_and_buttons(
            self,
            layout,
            cancel,
            ok_text or QCoreApplication.translate("SetPinDialog", "Set PIN"),
            ok_name,
            self.save,
        )

    def say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.fit_to_text()

    def save(self) -> None:
        if self.pin_edit.text() != self.again_edit.text():
            self.say(QCoreApplication.translate("SetPinDialog", "The two PINs differ."))
            return
        try:
            self.store(self.pin_edit.text())
        except DeskAssistantError as exc:
            self.say(exc.user_message(self.lang))
            return
        self.accept()

    def store(self, pin: str) -> None:
        raise NotImplementedError


class RecoveryDialog(NewPinDialog):
    """A forgotten supervisor PIN: the recovery code and a new PIN (typed twice)."""

    def __init__(self, auth: AuthService, who: str, lang: str, parent: QWidget | None = None):
        super().__init__(lang, parent)
        self.setObjectName("recoveryDialog")
        self.auth, self.who = auth, who
        self.new_code = ""
        self.setWindowTitle(self.tr("Forgotten supervisor PIN"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("recoveryCodeEdit")
        self.build(
            self.tr(
                "Enter the recovery code that was shown when the supervisor PIN was set, "
                "and choose a new PIN. The reset is recorded in the audit log."
            ),
            [(self.tr("Recovery code:"), self.code_edit)],
            self.tr("Cancel"),
            "resetPinButton",
        )

    def store(self, pin: str) -> None:
        self.new_code = self.auth.reset_pin(Role.SUPERVISOR, self.code_edit.text(), pin, self.who)


class SetPinDialog(NewPinDialog):
    """Set a role's PIN (typed twice)."""

    recovery_code = ""

    def __init__(
        self, auth: AuthService, role: Role, who: str, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(lang, parent)
        self.setObjectName("setPinDialog")
        self.auth, self.role, self.who = auth, role, who
        self.setWindowTitle(self.tr("Set the %1 PIN").replace("%1", role_label(role)))
        # What the PIN protects is the role's own: a trainer's guards the scripts.
        guards = (
            self.tr(
                "The trainer PIN protects the script packs: editing, publishing, rolling "
                "back, importing and exporting them."
            )
            if role is Role.TRAINER
            else self.tr(
                "The supervisor PIN protects exports, the patrons' contact details, settings "
                "and backups."
            )
        )
        self.build(
            guards
            + " "
            + self.tr(
                "At least 6 digits, or a passphrase of at least 8 characters. The PIN itself "
                "is never stored, only a scrambled form that cannot be turned back."
            ),
            [],
            self.tr("Later"),
            "setPinButton",
        )

    def store(self, pin: str) -> None:
        check_pin_format(pin)
        self.recovery_code = self.auth.set_pin(self.role, pin, self.who)


ROLE_CODES = frozenset(role.value for role in Role)


class AuditDialog(QDialog):
    """The audit log, newest first, with whether its chain is intact (supervisor)."""

    def __init__(
        self, audit: AuditService, who: str, role: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(800, 500)
        self.audit, self.who, self.role = audit, who, role
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("auditChain")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        # Filters: a span of days, an action, a person (all: the newest 2 000 entries).
        filters = QHBoxLayout()
        self.since_edit, self.until_edit = QDateEdit(self), QDateEdit(self)
        # At first, every day the log holds.
        span = self.audit.span()
        first, last = span if span else (date.today(), date.today())
        for edit, day, name in (
            (
                self.since_edit,
                QDate(first.year, first.month, first.day),
                self.tr("First day shown"),
            ),
            (self.until_edit, QDate(last.year, last.month, last.day), self.tr("Last day shown")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(day)
            edit.setAccessibleName(name)
        self.action_combo, self.person_combo = QComboBox(self), QComboBox(self)
        self.action_combo.setObjectName("auditAction")
        self.person_combo.setObjectName("auditPerson")
        self.action_combo.setAccessibleName(self.tr("Action shown"))
        self.person_combo.setAccessibleName(self.tr("Person shown"))
        people, actions = self.audit.people_and_actions()
        self.action_combo.addItem(self.tr("All actions"), None)
        for action in actions:
            self.action_combo.addItem(audit_action_label(action), action)
        self.person_combo.addItem(self.tr("Everyone"), None)
        for person in people:
            self.person_combo.addItem(person, person)
        for widget in (
            QLabel(self.tr("From:"), self),
            self.since_edit,
            QLabel(self.tr("to:"), self),
            self.until_edit,
            self.action_combo,
            self.person_combo,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Role"),
                self.tr("Action"),
                self.tr("Details"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        export = QPushButton(self.tr("Export as CSV…"), self)
        close = QPushButton(self.tr("Close"), self)
        row.addWidget(export)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        export.clicked.connect(self.choose_export)
        close.clicked.connect(self.accept)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(lambda _d: self.refresh())
        for combo in (self.action_combo, self.person_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def shown_entries(self) -> list[AuditEntry]:
        def day(edit: QDateEdit) -> date:
            d = edit.date()
            return date(d.year(), d.month(), d.day())

        return self.audit.entries(
            2000,
            self.action_combo.currentData(),
            self.person_combo.currentData(),
            day(self.since_edit),
            day(self.until_edit),
        )

    def refresh(self) -> None:
        entries = self.shown_entries()
        self.table.setRowCount(len(entries))
        for number, entry in enumerate(entries):
            cells = (
                entry.at.strftime("%d-%m-%Y %H:%M:%S"),
                entry.who,
                role_label(Role(entry.role))
                if entry.role in {r.value for r in Role}
                else entry.role,
                audit_action_label(entry.action),
                readable_detail(entry.detail),
            )
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        check = self.audit.verify()
        if check.intact:
            self.status.setText(
                self.tr("The audit log is intact (%1 entries checked).").replace(
                    "%1", str(check.rows)
                )
            )
        elif check.reason == "unprotected":
            self.status.setText(
                self.tr("Warning: the audit log's protection was removed from the database.")
            )
        else:
            self.status.setText(
                self.tr(
                    "Warning: the audit log was changed outside the application: it breaks "
                    "at entry %1."
                ).replace("%1", str(check.broken_at))
            )
        self.status.setProperty("warning", not check.intact)

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), in_documents("audit.csv"), "CSV (*.csv)"
        )
        if not path:
            return
        from PySide6.QtWidgets import QApplication

        from desk_assistant import APP_NAME
        from desk_assistant.errors import FileWriteError
        from desk_assistant.ui.translations import Translations

        app = QApplication.instance()
        lang = Translations.of(app).language if app is not None else "id"
        try:
            self.export_csv(Path(path))
        except OSError as exc:
            error = FileWriteError.from_os_error(path, exc)
            QMessageBox.critical(self, APP_NAME, error.user_message(lang))
        except DeskAssistantError as exc:
            QMessageBox.critical(self, APP_NAME, exc.user_message(lang))

    def export_csv(self, path: Path) -> int:
        """The audit log for the supervisor: who, when, what (never personal data)."""
        count = self.audit.export_csv(path, self.who, self.role)
        self.refresh()
        return count


class PatronRequestDialog(QDialog):
    """Find what is held about a patron; export it (right of access) or erase it."""

    def __init__(
        self, privacy: PrivacyService, who: str, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patronRequestDialog")
        self.privacy, self.who, self.lang = privacy, who, lang
        self.found: list[FollowUp] = []
        self.setWindowTitle(self.tr("A patron's request about their data"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.query_edit = QLineEdit(self)
        self.query_edit.setObjectName("patronQuery")
        self.query_edit.setPlaceholderText(self.tr("Name, phone number or reference code"))
        self.query_edit.setAccessibleName(self.tr("Find the patron's follow-ups"))
        find = QPushButton(self.tr("Find"), self)
        row.addWidget(self.query_edit, 1)
        row.addWidget(find)
        layout.addLayout(row)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("The patron's follow-ups found"))
        layout.addWidget(self.results, 1)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export for the patron…"), self)
        self.erase_button = QPushButton(self.tr("Erase their contact details"), self)
        close = QPushButton(self.tr("Close"), self)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        find.clicked.connect(self.search)
        self.query_edit.returnPressed.connect(self.search)
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)
        close.clicked.connect(self.accept)
        self._update()

    def search(self) -> None:
        self.found = self.privacy.find_patron(self.query_edit.text())
        self.results.clear()
        for f in self.found:
            name = f.contact.name if f.contact else self.tr("(no contact details)")
            self.results.addItem(f"{f.code}  {status_label(f.status)}  {f.item.title}  —  {name}")
        if not self.found:
            self.results.addItem(self.tr("Nothing is held for that search."))
        self._update()

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.found))
        self.erase_button.setEnabled(any(f.contact for f in self.found))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export for the patron"),
            in_documents("data-pemustaka.json"),
            "JSON (*.json)",
        )
        if path:
            self.privacy.export_patron(self.found, Path(path), self.who, Role.SUPERVISOR.value)

    def erase(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.windowTitle(),
            self.tr("Erase the contact details of %1 follow-ups? This cannot be undone.").replace(
                "%1", str(sum(1 for f in self.found if f.contact))
            ),
            parent=self,
        )
        yes = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is yes:
            self.privacy.erase_patron(self.found, self.who, Role.SUPERVISOR.value)
            self.search()
