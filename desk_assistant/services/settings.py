"""The library's settings kept in the database (its name), and this PC's desk: changed by
the supervisor, every change recorded in the audit log."""

from __future__ import annotations

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.roles import Role
from desk_assistant.services.auth import AuthService
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.database import write_transaction

LIBRARY_NAME_KEY = "library_name"
LIBRARY_NAME_MAX = 120


class SettingsService:
    def __init__(self, state: AppState, audit: AuditLog, clock: Clock, auth: AuthService) -> None:
        self._state = state
        self._audit = audit
        self.clock = clock
        self.auth = auth

    def library_name(self, default: str) -> str:
        """The library's name as printed on slips and reports; ``default`` until it is set."""
        return self._state.get(LIBRARY_NAME_KEY, default)

    def set_library_name(self, name: str, who: str) -> str:
        """Set the library's name (spaces tidied, at most 120 characters); returns it."""
        self.auth.require(Role.SUPERVISOR)
        cleaned = " ".join(name.split())[:LIBRARY_NAME_MAX]
        if not cleaned:
            return self.library_name("")
        with write_transaction(self._state.db):
            self._state.set(LIBRARY_NAME_KEY, cleaned)
            self._record(who, {"library_name": cleaned})
        return cleaned

    def note_this_desk(self, desk: str, who: str) -> None:
        """Record that the supervisor bound this PC to ``desk`` (kept in the PC's own
        settings, since it belongs to the PC rather than to the database)."""
        self.auth.require(Role.SUPERVISOR)
        self._record(who, {"this_pc_desk": desk})

    def _record(self, who: str, detail: dict[str, object]) -> None:
        self._audit.record(self.clock(), who, self.auth.role.value, "settings_change", detail)
