"""The library's calendar: the days it is open, for every promised date.

A day is closed when it is not one of the library's opening weekdays, when it is an
Indonesian national holiday or a *cuti bersama* day (from the maintained ``holidays``
package, "government" category for the joint leave days), or when the supervisor closed
it (a local closure, a stocktaking day). The supervisor may also open a day the rules
would close (the library opens on a joint leave day). Promised dates, and so the overdue
list and the on-time figures, are counted on open days only.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

# Monday = 0 … Sunday = 6. Until the supervisor says otherwise: Monday to Friday, as the
# promised dates were counted before the calendar existed.
DEFAULT_OPENING_DAYS = frozenset(range(5))


@functools.lru_cache(maxsize=32)
def national_holidays(year: int, joint_leave: bool = True) -> dict[date, str]:
    """Indonesia's national holidays of ``year`` (and its cuti bersama days), named in
    Indonesian. The Islamic dates are the package's estimates until decreed."""
    import holidays

    categories = ("public", "government") if joint_leave else ("public",)
    days = holidays.country_holidays("ID", years=year, categories=categories, language="id")
    return {day: str(name) for day, name in days.items()}


@dataclass(frozen=True)
class LibraryCalendar:
    opening_days: frozenset[int] = DEFAULT_OPENING_DAYS
    # The supervisor's own days: closed (with a note), or open despite a holiday.
    closures: Mapping[date, str] = field(default_factory=dict)
    openings: Mapping[date, str] = field(default_factory=dict)
    joint_leave: bool = True  # cuti bersama days close the library

    def closed_because(self, day: date) -> str | None:
        """Why the library is closed on ``day`` ("" for a weekday it never opens), or None
        when it is open."""
        if day in self.openings:
            return None
        if day in self.closures:
            return self.closures[day]
        holiday = national_holidays(day.year, self.joint_leave).get(day)
        if holiday is not None:
            return holiday
        return None if day.weekday() in self.opening_days else ""

    def is_open(self, day: date) -> bool:
        return self.closed_because(day) is None

    def next_open_day(self, day: date) -> date:
        """The first open day after ``day``."""
        current = day + timedelta(days=1)
        # Holidays and closures are dated: an open day is never years away, unless the
        # library has no opening day at all.
        limit = day + timedelta(days=731)
        while not self.is_open(current):
            current += timedelta(days=1)
            if current > limit:
                raise ValueError("no open day within two years")
        return current

    def add_open_days(self, start: date, days: int) -> date:
        """``days`` open days after ``start``; an open day in any case."""
        current = start
        for _ in range(max(0, days)):
            current = self.next_open_day(current)
        return current if self.is_open(current) else self.next_open_day(current)

    def closed_days(self, first: date, last: date) -> list[tuple[date, str]]:
        """The days from ``first`` to ``last`` the library is closed on although it opens on
        that weekday (holidays, cuti bersama, closures), with the reason."""
        days = []
        current = first
        while current <= last:
            reason = self.closed_because(current)
            if reason:
                days.append((current, reason))
            current += timedelta(days=1)
        return days
