"""The supervisor's actions from the menus: privacy, purge, audit, backups, settings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desk_assistant.domain.roles import Role
from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import translate
from desk_assistant.ui import settings as opt

if TYPE_CHECKING:
    from desk_assistant.ui.main_window import MainWindow


class AdminActions(QObject):
    """The supervisor's menu actions; each asks for the supervisor's PIN first."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def edit_desks(self) -> None:
        """The supervisor keeps the list of desks a shift picks from (one a line)."""
        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        text, ok = QInputDialog.getMultiLineText(
            self.window,
            self.tr("Desks of the library"),
            self.tr("One desk a line. A shift picks its desk from this list:"),
            "\n".join(self.window.desk.desks()),
        )
        if not ok:
            return
        try:
            self.window.desk.set_desks(text.splitlines(), self.window.who())
        except DeskAssistantError as exc:
            self.window.show_error(exc.user_message(self.window.language()))

    def bind_this_pc(self) -> None:
        """The supervisor sets which desk this PC is (it reveals that desk's contacts)."""
        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        desks = self.window.desk.desks() or sorted(
            set(self.window.services.followups.desks_and_staff()[0])
        )
        current = self.window.services.followups.this_desk
        name, ok = QInputDialog.getItem(
            self.window,
            self.tr("This PC's desk"),
            self.tr("The desk this PC stands at (it may reveal that desk's own contacts):"),
            desks if current in desks or not current else [current, *desks],
            max(0, desks.index(current)) if current in desks else 0,
            True,
        )
        name = " ".join(name.split())
        if not ok or not name:
            return
        self.window.settings.set(opt.THIS_DESK, name)
        self.window.services.followups.this_desk = name
        self.window.services.settings.note_this_desk(name, self.window.who())

    def patron_request(self) -> None:
        from desk_assistant.ui.role_dialogs import PatronRequestDialog

        if self.window.roles.ensure_role(Role.SUPERVISOR):
            PatronRequestDialog(
                self.window.services.privacy, self.window.who(), self.window.language(), self.window
            ).exec()
            self._refresh_followups()

    def set_retention(self) -> None:
        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        privacy = self.window.services.privacy
        days, ok = QInputDialog.getInt(
            self.window,
            self.tr("Contact retention period"),
            self.tr("Erase a closed follow-up's contact details after this many days:"),
            privacy.retention_days,
            0,
            3650,
        )
        if ok:
            privacy.set_retention_days(days, self.window.who(), self.window.auth.role.value)

    def run_purge(self) -> None:
        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        try:
            cleared = self.window.services.privacy.purge_expired(
                self.window.who(), self.window.auth.role.value
            )
        except DeskAssistantError as exc:
            self.window.show_error(exc.user_message(self.window.language()))
            return
        self.window.statusBar().showMessage(
            self.tr("Contact details erased from %1 follow-ups.").replace("%1", str(cleared)), 8000
        )
        self._refresh_followups()

    def _refresh_followups(self) -> None:
        """An unbuilt queue reads its rows when it opens."""
        if self.window.view_built("followups"):
            self.window.followups_view.refresh()

    def show_audit(self) -> None:
        from desk_assistant.ui.role_dialogs import AuditDialog

        if self.window.roles.ensure_role(Role.SUPERVISOR):
            AuditDialog(
                self.window.services.audit_log,
                self.window.who(),
                self.window.auth.role.value,
                self.window,
            ).exec()

    def backup_now(self, reason: str) -> bool:
        """Back up (manual: supervisor; at shift end and daily: automatic)."""
        backups = self.window.services.backups
        if backups is None:
            return False
        if reason == "manual" and not self.window.roles.ensure_role(Role.SUPERVISOR):
            return False
        try:
            result = backups.backup(self.window.who(), self.window.auth.role.value, reason=reason)
        except DeskAssistantError as exc:
            self.window.show_error(exc.user_message(self.window.language()))
            return False
        if result.suspect:
            self.window.show_error(
                translate(
                    "backup.suspect",
                    self.window.language(),
                    file=result.path.name,
                    now=result.now.interactions if result.now else 0,
                    before=result.before.interactions if result.before else 0,
                )
            )
            return False
        self.window.statusBar().showMessage(
            self.tr("Backed up: %1").replace("%1", result.path.name), 8000
        )
        return True

    def choose_backup_folder(self) -> None:
        backups = self.window.services.backups
        if backups is None or not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Backup folder"), str(backups.folder)
        )
        if folder:
            backups.set_folder(Path(folder), self.window.who(), self.window.auth.role.value)

    def edit_calendar(self) -> None:
        """The supervisor sets the days the library is open (promised dates follow)."""
        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        from desk_assistant.ui.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(
            self.window.services.calendar,
            self.window.who,
            self.window.language,
            self.window.services.clock().date(),
            self.window,
        )
        dialog.exec()
        dialog.deleteLater()

    def library_server(self) -> None:
        """The supervisor joins this desk to the library server (or sees where it sends)."""
        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        from desk_assistant.services.changes import Topic
        from desk_assistant.ui.server_dialog import ServerDialog

        services = self.window.services
        worker = self.window.sync_worker

        def joined() -> None:
            worker.start()  # push and pull in the background from now on
            services.changes.emit(Topic.SYNC)

        dialog = ServerDialog(
            services.sync,
            self.window.who,
            self.window.language,
            services.followups.this_desk
            or (shift.desk if (shift := self.window.desk.shift) else ""),
            joined,
            worker.start_cycle,
            self.window,
        )
        dialog.exec()
        dialog.wait()
        dialog.deleteLater()

    def start_survey(self) -> None:
        """The supervisor opens an SKM survey period (audited)."""
        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        try:
            self.window.services.feedback.start_survey(self.window.who())
        except DeskAssistantError as exc:
            self.window.show_error(exc.user_message(self.window.language()))

    def end_survey(self) -> None:
        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        try:
            self.window.services.feedback.end_survey(self.window.who())
        except DeskAssistantError as exc:
            self.window.show_error(exc.user_message(self.window.language()))

    def set_ratings(self, on: bool) -> None:
        """The supervisor turns the rating at the close on or off."""
        feedback = self.window.services.feedback
        if self.window.roles.ensure_role(Role.SUPERVISOR):
            feedback.set_ratings_on(on, self.window.who())
        self.window.patron.ratings_action.setChecked(feedback.ratings_on())

    def set_library_name(self) -> None:
        if not self.window.roles.ensure_role(Role.SUPERVISOR):
            return
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("Library name"),
            self.tr("The library's name, printed on patron slips:"),
            text=self.window.library_name(),
        )
        if ok and name.strip():
            try:
                self.window.services.settings.set_library_name(name, self.window.who())
            except DeskAssistantError as exc:
                self.window.show_error(exc.user_message(self.window.language()))
