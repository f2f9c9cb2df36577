"""The library's calendar: read by every promise, set by the supervisor (audited)."""

from __future__ import annotations

from datetime import date

from desk_assistant.domain.calendar import LibraryCalendar
from desk_assistant.domain.clock import Clock
from desk_assistant.domain.roles import Role
from desk_assistant.errors import ValidationError
from desk_assistant.services.auth import AuthService
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.calendar import CalendarRepository
from desk_assistant.storage.database import write_transaction

NOTE_MAX = 80


class CalendarService:
    def __init__(
        self, repo: CalendarRepository, audit: AuditLog, clock: Clock, auth: AuthService
    ) -> None:
        self.repo = repo
        self.audit = audit
        self.clock = clock
        self.auth = auth
        self._calendar: LibraryCalendar | None = None

    def calendar(self) -> LibraryCalendar:
        """The calendar every promised date is counted on."""
        if self._calendar is None:
            self._calendar = self.repo.load()
        return self._calendar

    def closed_days(self, first: date, last: date) -> list[tuple[date, str, bool]]:
        """The days the library is closed from ``first`` to ``last`` although it opens on
        that weekday, with the reason and whether the supervisor set it; and the days the
        supervisor opened (reason: their note)."""
        calendar = self.calendar()
        days = [
            (day, reason, day in calendar.closures)
            for day, reason in calendar.closed_days(first, last)
        ]
        days += [
            (day, note, True) for day, note in calendar.openings.items() if first <= day <= last
        ]
        return sorted(days)

    def set_opening_days(self, weekdays: frozenset[int], who: str) -> None:
        self.auth.require(Role.SUPERVISOR)
        if not weekdays or not weekdays <= frozenset(range(7)):
            raise ValidationError("calendar.no_opening_day", field="opening_days")
        with write_transaction(self.repo.db):
            self.repo.set_opening_days(weekdays)
            self._record(who, {"opening_days": sorted(weekdays)})

    def set_joint_leave(self, closes: bool, who: str) -> None:
        self.auth.require(Role.SUPERVISOR)
        with write_transaction(self.repo.db):
            self.repo.set_joint_leave(closes)
            self._record(who, {"cuti_bersama_closes": closes})

    def close_day(self, day: date, note: str, who: str) -> None:
        """Close the library on ``day`` (a local closure); ``note`` says why."""
        self._set_day(day, False, note, who)

    def open_day(self, day: date, note: str, who: str) -> None:
        """Open the library on ``day`` although a holiday or the weekday would close it."""
        self._set_day(day, True, note, who)

    def forget_day(self, day: date, who: str) -> None:
        """Back to the rules for ``day`` (weekdays, holidays)."""
        self.auth.require(Role.SUPERVISOR)
        with write_transaction(self.repo.db):
            self.repo.remove_day(day)
            self._record(who, {"calendar_day": day.isoformat(), "day_back_to_rules": True})

    def _set_day(self, day: date, is_open: bool, note: str, who: str) -> None:
        self.auth.require(Role.SUPERVISOR)
        cleaned = " ".join(note.split())
        if len(cleaned) > NOTE_MAX:
            raise ValidationError("form.too_long", field="note", limit=NOTE_MAX)
        with write_transaction(self.repo.db):
            self.repo.set_day(day, is_open, cleaned)
            self._record(who, {"calendar_day": day.isoformat(), "open": is_open, "note": cleaned})

    def _record(self, who: str, detail: dict[str, object]) -> None:
        self._calendar = None
        self.audit.record(self.clock(), who, self.auth.role.value, "settings_change", detail)
