"""The library's calendar as the supervisor set it: opening weekdays, its own closed and
open days, and whether cuti bersama closes the library."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from desk_assistant.domain.calendar import DEFAULT_OPENING_DAYS, LibraryCalendar
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.database import storage_errors, write_transaction

OPENING_DAYS_KEY = "opening_days"  # e.g. "0,1,2,3,4,5" (Monday = 0)
JOINT_LEAVE_KEY = "cuti_bersama_closes"  # "1" or "0"


class CalendarRepository:
    def __init__(self, db: sqlite_utils.Database, state: AppState) -> None:
        self.db = db
        self.state = state

    def load(self) -> LibraryCalendar:
        stored = self.state.get(OPENING_DAYS_KEY)
        opening = (
            frozenset(int(d) for d in stored.split(",") if d.strip().isdigit())
            if stored
            else DEFAULT_OPENING_DAYS
        )
        closures: dict[date, str] = {}
        openings: dict[date, str] = {}
        for day, is_open, note in self.db.execute(
            "SELECT day, open, note FROM library_days ORDER BY day"
        ):
            (openings if is_open else closures)[date.fromisoformat(day)] = note
        return LibraryCalendar(
            opening_days=opening,
            closures=closures,
            openings=openings,
            joint_leave=self.state.get(JOINT_LEAVE_KEY, "1") == "1",
        )

    def set_opening_days(self, weekdays: frozenset[int]) -> None:
        self.state.set(OPENING_DAYS_KEY, ",".join(str(d) for d in sorted(weekdays)))

    def set_joint_leave(self, closes: bool) -> None:
        self.state.set(JOINT_LEAVE_KEY, "1" if closes else "0")

    def set_day(self, day: date, is_open: bool, note: str) -> None:
        with storage_errors(), write_transaction(self.db):
            self.db.execute(
                "INSERT INTO library_days (day, open, note) VALUES (?, ?, ?)"
                " ON CONFLICT(day) DO UPDATE SET open = excluded.open, note = excluded.note",
                (day.isoformat(), int(is_open), note),
            )

    def remove_day(self, day: date) -> None:
        with storage_errors(), write_transaction(self.db):
            self.db.execute("DELETE FROM library_days WHERE day = ?", (day.isoformat(),))
