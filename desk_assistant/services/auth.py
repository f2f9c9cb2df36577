"""Who is at the keyboard: desk by default, supervisor or trainer after their PIN."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.roles import (
    GRANTS,
    IDLE_SECONDS,
    LOCK_SECONDS,
    MAX_TRIES,
    Role,
    check_pin_format,
    hash_pin,
    verify_pin,
)
from desk_assistant.errors import DeskAssistantError, ValidationError
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditLog


class AuthService:
    """PINs as slow salted hashes; five wrong tries lock a role; elevation drops when idle."""

    def __init__(self, state: AppState, audit: AuditLog, clock: Clock) -> None:
        self.state = state
        self.audit = audit
        self.clock = clock
        self._role = Role.DESK
        self._last_activity: datetime | None = None
        self.who = "desk"

    # --- PINs ----------------------------------------------------------------------------

    def has_pin(self, role: Role) -> bool:
        return bool(self.state.get(f"pin.{role.value}"))

    def set_pin(self, role: Role, pin: str, who: str) -> None:
        """Set ``role``'s PIN. Changing an existing PIN needs the supervisor role."""
        if role is Role.DESK:
            raise ValueError("the desk role has no PIN")
        if self.has_pin(Role.SUPERVISOR) and not self.allowed(Role.SUPERVISOR):
            raise DeskAssistantError("role.required", role=Role.SUPERVISOR.value)
        pin = check_pin_format(pin)
        self.state.set(f"pin.{role.value}", hash_pin(pin))
        self.audit.record(self.clock(), who, self.role.value, "pin_set", {"role": role.value})

    def unlock(self, role: Role, pin: str, who: str) -> None:
        """Become ``role``; wrong PINs count, and the fifth locks the role for five minutes."""
        now = self.clock()
        locked_until = self.state.get(f"pin_locked_until.{role.value}")
        if locked_until and now < datetime.fromisoformat(locked_until):
            remaining = datetime.fromisoformat(locked_until) - now
            minutes = max(1, round(remaining.total_seconds() / 60))
            raise DeskAssistantError("pin.locked", minutes=minutes)
        stored = self.state.get(f"pin.{role.value}")
        if not stored:
            raise DeskAssistantError("pin.not_set")
        if not verify_pin(pin.strip(), stored):
            failures = int(self.state.get(f"pin_failures.{role.value}", "0") or 0) + 1
            if failures >= MAX_TRIES:
                until = now + timedelta(seconds=LOCK_SECONDS)
                self.state.set(f"pin_locked_until.{role.value}", until.isoformat())
                self.state.set(f"pin_failures.{role.value}", "0")
                self.audit.record(now, who, Role.DESK.value, "role_locked", {"role": role.value})
                raise DeskAssistantError("pin.locked", minutes=LOCK_SECONDS // 60)
            self.state.set(f"pin_failures.{role.value}", str(failures))
            raise ValidationError("pin.wrong", field="pin", remaining=MAX_TRIES - failures)
        self.state.set(f"pin_failures.{role.value}", "0")
        self._role = role
        self.who = who
        self._last_activity = now
        self.audit.record(now, who, role.value, "role_unlock", {"role": role.value})

    # --- the session ---------------------------------------------------------------------

    @property
    def role(self) -> Role:
        """The role now; an elevated role drops back to desk after a few idle minutes."""
        last = self._last_activity
        if self._role is not Role.DESK and last is not None:
            idle = (self.clock() - last).total_seconds()
            self._role = Role.DESK if idle > IDLE_SECONDS else self._role
        return self._role

    def touch(self) -> None:
        """The user did something: the elevated role stays."""
        if self.role is not Role.DESK:
            self._last_activity = self.clock()

    def lock(self) -> None:
        self._role = Role.DESK

    def allowed(self, role: Role) -> bool:
        return role in GRANTS[self.role]

    def require(self, role: Role) -> None:
        if not self.allowed(role):
            raise DeskAssistantError("role.required", role=role.value)
        self.touch()
