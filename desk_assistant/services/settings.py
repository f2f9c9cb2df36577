"""The library's settings kept in the database (its name), and this PC's desk: changed by
the supervisor, every change recorded in the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.roles import Role, check_pin_format
from desk_assistant.services.auth import AuthService
from desk_assistant.services.desk import DeskService, clean_desk_names
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.database import write_transaction

LIBRARY_NAME_KEY = "library_name"
LIBRARY_NAME_MAX = 120
# Set once the first-run setup was done or put off: it is then never asked at start again.
SETUP_KEY = "first_run_setup"


@dataclass(frozen=True)
class LibrarySetup:
    """The first run's answers, given once by the supervisor."""

    library: str
    desks: list[str]
    this_desk: str
    pin: str


class SettingsService:
    def __init__(
        self,
        state: AppState,
        audit: AuditLog,
        clock: Clock,
        auth: AuthService,
        desk: DeskService | None = None,
    ) -> None:
        self._state = state
        self._audit = audit
        self.clock = clock
        self.auth = auth
        self.desk = desk

    # --- the first run -------------------------------------------------------------------

    def first_run_due(self) -> bool:
        """Ask the first-run setup at start? Only while no supervisor PIN was ever set and
        the setup was neither done nor put off: a desk librarian is asked once, at most."""
        return self.auth.first_pin_needed(Role.SUPERVISOR) and not self._state.get(SETUP_KEY)

    def postpone_first_run(self, who: str) -> None:
        """ "Later": the setup is not asked at start again (it stays in the menus)."""
        self._state.set(SETUP_KEY, "later")
        self._audit.record(self.clock(), who, self.auth.role.value, "setup_postponed", {})

    def first_run(self, setup: LibrarySetup, who: str) -> str:
        """The supervisor's one short setup: the PIN (whoever sets the very first one is
        the supervisor from then on), the library's name and its desks. Returns the PIN's
        recovery code (shown once). The PIN is checked before anything is stored."""
        # Everything is checked before anything is stored: a refused desk name must not
        # leave a PIN set and the rest undone.
        check_pin_format(setup.pin)
        clean_desk_names(setup.desks)
        first = self.auth.first_pin_needed(Role.SUPERVISOR)
        code = self.auth.set_pin(Role.SUPERVISOR, setup.pin, who)
        if first:
            self.auth.unlock_after_first_pin(who)
        if " ".join(setup.library.split()):
            self.set_library_name(setup.library, who)
        if self.desk is not None and any(" ".join(d.split()) for d in setup.desks):
            self.desk.set_desks(setup.desks, who)
        if setup.this_desk.strip():
            self.note_this_desk(" ".join(setup.this_desk.split()), who)
        self._state.set(SETUP_KEY, "done")
        return code

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
