"""Who is at the keyboard: desk by default, supervisor or trainer after their PIN.

PINs are slow salted hashes (scrypt, parameters stored with each hash). Everything that
must not be undone by editing one row lives in the tamper-evident audit log: every wrong
PIN (the lockout is counted from them, so it survives a restart and grows), and for every
PIN set a fingerprint of its hash and the hash of its recovery code. A PIN row replaced or
deleted outside the application is therefore noticed, and is not a way back to the
first-run flow; the supervisor resets a forgotten PIN with the recovery code shown once
when the PIN was set.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.roles import (
    GRANTS,
    IDLE_SECONDS,
    LOCK_AFTER,
    Role,
    check_pin_format,
    hash_pin,
    lock_seconds,
    meets_policy,
    needs_rehash,
    new_recovery_code,
    normalise_recovery_code,
    pin_digest,
    verify_pin,
)
from desk_assistant.errors import DeskAssistantError, ValidationError
from desk_assistant.services.changes import Changes, Topic
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditEntry, AuditLog

_PIN_EVENTS = ("pin_set", "pin_reset", "pin_failed", "role_unlock")


class RoleRequired(DeskAssistantError):
    """A use case needs a role the user does not have now (the window asks for its PIN)."""

    def __init__(self, role: Role) -> None:
        self.role = role
        super().__init__("role.required", role=role.value)


@dataclass(frozen=True)
class Unlocked:
    role: Role
    needs_new_pin: bool  # the PIN is below today's rule (e.g. 4 digits): choose a new one


class AuthService:
    """PINs as slow salted hashes; wrong PINs lock a role for longer and longer; an
    elevated role drops back to desk when idle."""

    def __init__(
        self, state: AppState, audit: AuditLog, clock: Clock, changes: Changes | None = None
    ) -> None:
        self.changes = changes or Changes()
        self.state = state
        self.audit = audit
        self.clock = clock
        self._role = Role.DESK
        self._last_activity: datetime | None = None
        self.who = "desk"

    # --- PINs ----------------------------------------------------------------------------

    def has_pin(self, role: Role) -> bool:
        return bool(self.state.get(f"pin.{role.value}"))

    def _events(self, role: Role, limit: int = 256) -> list[AuditEntry]:
        return self.audit.entries_about(role.value, _PIN_EVENTS, limit)

    def _last_set(self, role: Role) -> AuditEntry | None:
        for entry in self.audit.entries_about(role.value, ("pin_set", "pin_reset"), 1):
            return entry
        return None

    def first_pin_needed(self, role: Role) -> bool:
        """No PIN, and none was ever set: the first run may set one without a PIN."""
        return not self.has_pin(role) and self._last_set(role) is None

    def set_pin(self, role: Role, pin: str, who: str) -> str:
        """Set ``role``'s PIN; returns the supervisor's new recovery code (shown once).

        Only the very first supervisor PIN may be set without the supervisor role.
        """
        if role is Role.DESK:
            raise ValueError("the desk role has no PIN")
        if not self.first_pin_needed(Role.SUPERVISOR):
            self.require(Role.SUPERVISOR)
        return self._store_pin(role, check_pin_format(pin), who, "pin_set")

    def _store_pin(self, role: Role, pin: str, who: str, action: str) -> str:
        stored = hash_pin(pin)
        code = new_recovery_code() if role is Role.SUPERVISOR else ""
        detail: dict[str, object] = {"role": role.value, "pin": pin_digest(stored)}
        if code:
            detail["recovery"] = hash_pin(normalise_recovery_code(code))
        self.state.set(f"pin.{role.value}", stored)
        self.audit.record(self.clock(), who, self.role.value, action, detail)
        return code

    def unlock_after_first_pin(self, who: str) -> None:
        """Whoever has just set the very first supervisor PIN is the supervisor now."""
        last = self._last_set(Role.SUPERVISOR)
        if last is None or (self.clock() - last.at).total_seconds() > 60:
            raise RoleRequired(Role.SUPERVISOR)
        self._become(Role.SUPERVISOR)
        self.who = who
        self._last_activity = self.clock()
        self.audit.record(
            self.clock(), who, Role.SUPERVISOR.value, "role_unlock", {"role": "supervisor"}
        )

    def locked_for(self, role: Role) -> float:
        """Seconds the role stays locked (0: PINs may be tried)."""
        failures, last = self._failures(role)
        if not failures or last is None:
            return 0.0
        remaining = lock_seconds(failures) - (self.clock() - last).total_seconds()
        return max(0.0, remaining)

    def _failures(self, role: Role) -> tuple[int, datetime | None]:
        """Wrong PINs since the last success or new PIN, and when the newest was."""
        failures, last = 0, None
        for entry in self._events(role):
            if entry.action != "pin_failed":
                break
            failures += 1
            last = last or entry.at
        return failures, last

    def _refuse_if_locked(self, role: Role) -> None:
        wait = self.locked_for(role)
        if wait > 0:
            raise DeskAssistantError("pin.locked", minutes=max(1, math.ceil(wait / 60)))

    def _wrong(self, role: Role, who: str) -> DeskAssistantError:
        self.audit.record(self.clock(), who, Role.DESK.value, "pin_failed", {"role": role.value})
        failures, _ = self._failures(role)
        if failures >= LOCK_AFTER:
            self.audit.record(
                self.clock(), who, Role.DESK.value, "role_locked", {"role": role.value}
            )
            return DeskAssistantError(
                "pin.locked", minutes=max(1, math.ceil(lock_seconds(failures) / 60))
            )
        return ValidationError("pin.wrong", field="pin", remaining=LOCK_AFTER - failures)

    def unlock(self, role: Role, pin: str, who: str) -> Unlocked:
        """Become ``role``. Wrong PINs are recorded; after five, the role locks for a
        minute, then two, four… (a day at most)."""
        self._refuse_if_locked(role)
        stored = self.state.get(f"pin.{role.value}")
        last_set = self._last_set(role)
        if not stored:
            raise DeskAssistantError("pin.missing" if last_set else "pin.not_set")
        recorded = last_set.detail.get("pin") if last_set else None
        if recorded is not None and recorded != pin_digest(stored):
            raise DeskAssistantError("pin.record_changed")
        if not verify_pin(pin, stored):
            raise self._wrong(role, who)
        now = self.clock()
        self._become(role)
        self.who = who
        self._last_activity = now
        self.audit.record(now, who, role.value, "role_unlock", {"role": role.value})
        weak = not meets_policy(pin)
        if needs_rehash(stored) and not weak:
            self._rehash(role, pin, who, last_set)
        return Unlocked(role, weak)

    def _rehash(self, role: Role, pin: str, who: str, last_set: AuditEntry | None) -> None:
        """The PIN was right and today's cost is higher: store it again, at today's cost
        (the recovery code stays as it was)."""
        stored = hash_pin(pin)
        detail: dict[str, object] = {"role": role.value, "pin": pin_digest(stored)}
        if last_set is not None and "recovery" in last_set.detail:
            detail["recovery"] = last_set.detail["recovery"]
        detail["why"] = "rehash"
        self.state.set(f"pin.{role.value}", stored)
        self.audit.record(self.clock(), who, role.value, "pin_set", detail)

    def reset_pin(self, role: Role, recovery_code: str, new_pin: str, who: str) -> str:
        """A forgotten supervisor PIN: the recovery code sets a new PIN (and gives a new
        code). Wrong codes count as wrong PINs."""
        self._refuse_if_locked(role)
        new_pin = check_pin_format(new_pin)
        last_set = self._last_set(role)
        recovery = last_set.detail.get("recovery") if last_set else None
        if not isinstance(recovery, str) or not verify_pin(
            normalise_recovery_code(recovery_code), recovery
        ):
            raise self._wrong(role, who)
        return self._store_pin(role, new_pin, who, "pin_reset")

    # --- the session ---------------------------------------------------------------------

    @property
    def role(self) -> Role:
        """The role now; an elevated role drops back to desk after a few idle minutes."""
        last = self._last_activity
        if self._role is not Role.DESK and last is not None:
            idle = (self.clock() - last).total_seconds()
            if idle > IDLE_SECONDS:
                self._become(Role.DESK)
        return self._role

    def touch(self) -> None:
        """The user did something: the elevated role stays."""
        if self.role is not Role.DESK:
            self._last_activity = self.clock()

    def lock(self) -> None:
        self._become(Role.DESK)

    def _become(self, role: Role) -> None:
        changed = role is not self._role
        self._role = role
        if changed:
            self.changes.emit(Topic.ROLE)

    def unlock_unprotected(self, role: Role, who: str) -> None:
        """Before any supervisor PIN was ever set nothing is protected yet (the window's
        first run sets one): act as ``role``, and say so in the audit log."""
        if not self.first_pin_needed(Role.SUPERVISOR):
            raise RoleRequired(role)
        self._become(role)
        self._last_activity = self.clock()
        self.who = who
        self.audit.record(
            self.clock(), who, role.value, "role_unlock", {"role": role.value, "no_pin_yet": True}
        )

    def act_unattended(self, who: str) -> None:
        """A command run by a scheduled task: the scheduled role, with no PIN."""
        self._become(Role.SCHEDULED)
        self._last_activity = None
        self.who = who

    def allowed(self, role: Role) -> bool:
        return role in GRANTS[self.role]

    def require(self, role: Role) -> None:
        """Refuse (RoleRequired) unless the current role may act as ``role``."""
        if not self.allowed(role):
            raise RoleRequired(role)
        self.touch()
