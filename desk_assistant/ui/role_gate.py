"""The role gate: asks for a PIN where a use case needs a role, and keeps it while used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from desk_assistant.domain.followup import FollowUp
from desk_assistant.domain.roles import Role
from desk_assistant.i18n import translate
from desk_assistant.ui.guard import guarded

if TYPE_CHECKING:
    from desk_assistant.ui.main_window import MainWindow


class RoleGate(QObject):
    """Becoming supervisor or trainer by PIN, setting and resetting PINs, dropping back."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def ensure_role(self, role: Role) -> bool:
        """True if the current role may act as ``role``; otherwise ask for the PIN."""
        from desk_assistant.ui.role_dialogs import PinDialog

        if self.window.auth.allowed(role):
            self.window.auth.touch()
            return True
        if role is Role.SUPERVISOR:
            # Reports are the supervisor's: load the charting library while the PIN is typed.
            self.window.services.reports.warm_up_charts()
        first_time = role is Role.SUPERVISOR and self.window.auth.first_pin_needed(Role.SUPERVISOR)
        if first_time:
            # Setting the very first PIN is enough: it is not asked again right after.
            if not self.set_pin(Role.SUPERVISOR):
                return False
            self.window.auth.unlock_after_first_pin(self.window.who())
            self.window.status.refresh()
            return self.window.auth.allowed(role)
        dialog = PinDialog(
            self.window.auth, role, self.window.who(), self.window.language(), self.window
        )
        ok = dialog.exec() == PinDialog.DialogCode.Accepted
        if ok and dialog.needs_new_pin:
            # A PIN from before the six-digit rule: choose a new one now.
            self.window.show_error(translate("pin.choose_new", self.window.language()))
            self.set_pin(role)
        self.window.status.refresh()
        return ok and self.window.auth.allowed(role)

    def may_reveal(self, followup: FollowUp) -> bool:
        """This PC's own desk reveals its own follow-ups; any other needs the supervisor."""
        if self.window.services.followups.may_reveal(followup):
            return True
        return self.ensure_role(Role.SUPERVISOR)

    @guarded
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Any key or click keeps an elevated role from dropping as idle."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.window.auth.touch()
        return False

    def drop_role(self) -> None:
        self.window.auth.lock()
        self.window.status.refresh()

    def set_pin(self, role: Role) -> bool:
        from desk_assistant.ui.role_dialogs import SetPinDialog, show_recovery_code

        if not self.window.auth.first_pin_needed(Role.SUPERVISOR) and not self.ensure_role(
            Role.SUPERVISOR
        ):
            return False
        dialog = SetPinDialog(
            self.window.auth, role, self.window.who(), self.window.language(), self.window
        )
        if dialog.exec() != SetPinDialog.DialogCode.Accepted:
            return False
        if dialog.recovery_code:
            show_recovery_code(self.window, dialog.recovery_code)
        return True

    def reset_forgotten_pin(self) -> None:
        from desk_assistant.ui.role_dialogs import RecoveryDialog, show_recovery_code

        dialog = RecoveryDialog(
            self.window.auth, self.window.who(), self.window.language(), self.window
        )
        if dialog.exec() == RecoveryDialog.DialogCode.Accepted and dialog.new_code:
            show_recovery_code(self.window, dialog.new_code)
