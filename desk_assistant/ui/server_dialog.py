"""The supervisor joins this desk to the library server from the window (File → Library
server), as ``desk-assistant server join`` does: the connection, the desk's name, and
whether this PC keeps the whole library's statistics; *Check* first says in plain words
whether the desk can reach and use the server, off the window's thread.

A desk that joined sees where it sends its records, what waits, and may send now.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import format_number, translate
from desk_assistant.services.sync import ServerCheck, SyncService
from desk_assistant.ui.look import TextDialog


class ServerDialog(TextDialog):
    # (the check, or None; the reason in the UI language when it failed), on this thread.
    checked = Signal(object, str)

    def __init__(
        self,
        sync: SyncService,
        who: Callable[[], str],
        language: Callable[[], str],
        desk: str,
        on_joined: Callable[[], None],
        sync_now: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.sync = sync
        self.who = who
        self.language = language
        self.on_joined = on_joined
        self.sync_now = sync_now
        self._thread: threading.Thread | None = None
        self.checked.connect(self._show_check)
        self._build(desk)
        self._show_state()

    def _build(self, desk: str) -> None:
        self.setWindowTitle(self.tr("Library server"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "Several desks of one library share a PostgreSQL server: every desk sees the "
                "library's follow-ups, and the supervisor reports on the whole library. The "
                "desk keeps working when the network does not. The password belongs in this "
                "PC user's pgpass file, never here (see the README)."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.conninfo_edit = QLineEdit(self)
        self.conninfo_edit.setObjectName("conninfoEdit")
        self.conninfo_edit.setPlaceholderText(
            "host=perpus.local dbname=perpustakaan user=meja1 sslmode=verify-full"
        )
        self.conninfo_label = QLabel(self.tr("&Connection"), self)
        self.conninfo_label.setBuddy(self.conninfo_edit)
        form.addRow(self.conninfo_label, self.conninfo_edit)
        self.desk_edit = QLineEdit(desk, self)
        self.desk_edit.setObjectName("serverDeskEdit")
        self.desk_label = QLabel(self.tr("&Desk name"), self)
        self.desk_label.setBuddy(self.desk_edit)
        form.addRow(self.desk_label, self.desk_edit)
        layout.addLayout(form)
        self.statistics_box = QCheckBox(
            self.tr("Keep the whole library's s&tatistics (the supervisor's PC)"), self
        )
        self.statistics_box.setObjectName("libraryStatisticsBox")
        layout.addWidget(self.statistics_box)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("serverResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check_button = QPushButton(self.tr("Chec&k"), self)
        self.check_button.setObjectName("serverCheckButton")
        self.join_button = QPushButton(self.tr("&Join"), self)
        self.join_button.setObjectName("serverJoinButton")
        self.sync_button = QPushButton(self.tr("Sy&nc now"), self)
        self.sync_button.setObjectName("serverSyncButton")
        for button in (self.check_button, self.join_button, self.sync_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter in a field checks the server; it never closes what was typed.
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        self.check_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self.check)
        self.join_button.clicked.connect(self.join)
        self.sync_button.clicked.connect(self._sync_now)
        # Wide enough for a connection string; the wrapped texts take the height they need.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.fit_to_text()  # the dialog grows with what it says, never cuts it

    def _show_state(self) -> None:
        joined = self.sync.configured()
        if joined:
            self.conninfo_edit.setText(self.sync.conninfo())
            self.desk_edit.setText(self.sync.desk())
            self._say(
                self.tr("This desk sends its records to this server as '%1'; %2 waiting.")
                .replace("%1", self.sync.desk())
                .replace("%2", format_number(self.sync.pending(), self.language()))
            )
        for widget in (self.conninfo_edit, self.desk_edit):
            widget.setReadOnly(joined)
        self.statistics_box.setEnabled(not joined)
        self.join_button.setVisible(not joined)
        self.sync_button.setVisible(joined)
        (self.check_button if joined else self.conninfo_edit).setFocus()

    # --- check, off the window's thread --------------------------------------------------

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def check(self) -> None:
        if self.busy():
            return
        conninfo = self.conninfo_edit.text().strip()
        lang = self.language()
        self._say(self.tr("Checking the server…"))
        self.check_button.setEnabled(False)

        def work() -> None:
            try:
                found: ServerCheck | None = self.sync.check(conninfo or None)
                reason = ""
            except DeskAssistantError as exc:
                found, reason = None, exc.user_message(lang)
            with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
                self.checked.emit(found, reason)

        self._thread = threading.Thread(target=work, name="server-check", daemon=True)
        self._thread.start()

    def _show_check(self, found: ServerCheck | None, reason: str) -> None:
        self.check_button.setEnabled(True)
        self._say(reason if found is None else self.describe(found))

    def describe(self, found: ServerCheck) -> str:
        """What the check found, in the words the command line uses."""
        lang = self.language()
        if not found.version:
            return translate("server.not_initialised", lang)
        missing = [name for name, ok in found.privileges.items() if not ok]
        if missing:
            return translate("cli.server_rights_missing", lang, rights=", ".join(missing))
        usable = translate(
            "cli.server_usable", lang, version=found.version, pending=self.sync.pending()
        )
        contacts = "cli.server_contacts" if found.contacts else "cli.server_no_contacts"
        return usable + "\n" + translate(contacts, lang)

    def wait(self, seconds: float = 10.0) -> None:
        """For a test: let a check under way end."""
        if self._thread is not None:
            self._thread.join(seconds)

    # --- join, send now ------------------------------------------------------------------

    def join(self) -> None:
        if self.busy() or self.sync.configured():
            return
        lang = self.language()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            queued = self.sync.join(
                self.conninfo_edit.text().strip(),
                self.desk_edit.text(),
                self.who(),
                self.statistics_box.isChecked(),
            )
        except DeskAssistantError as exc:
            self._say(exc.user_message(lang))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_state()
        self._say(translate("server.joined", lang, desk=self.sync.desk(), queued=queued))
        self.on_joined()

    def _sync_now(self) -> None:
        self.sync_now()
        self._say(self.tr("Sending now; the status bar says when it is done."))
