"""What patrons say of the service: ratings at the close, and the SKM survey's answers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlite_utils

from desk_assistant.domain.skm import ELEMENTS, Element
from desk_assistant.storage.database import storage_errors, write_transaction

_COLUMNS = {element: f"u{n}" for n, element in enumerate(ELEMENTS, start=1)}
PROFILE = ("sex", "age_band", "education", "occupation", "service")


@dataclass(frozen=True)
class Period:
    id: int
    started_at: datetime
    started_by: str
    ended_at: datetime | None
    ended_by: str | None


@dataclass(frozen=True)
class Response:
    day: date
    desk: str
    answers: dict[Element, int]
    profile: dict[str, str]
    suggestion: str


class FeedbackRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # --- ratings at the close ----------------------------------------------------------

    def add_rating(
        self,
        at: datetime,
        desk: str,
        staff: str,
        need: str | None,
        outcome: str,
        segment: str,
        language: str,
        rating: int,
    ) -> None:
        """A rating (1-4; 0: the patron did not answer). The staff member is counted only
        in their month's totals, never on the rating's row."""
        month = at.date().isoformat()[:7]
        with storage_errors(self.db), write_transaction(self.db):
            self.db.execute(
                "INSERT INTO satisfaction (day, hour, desk, need, outcome, segment, language,"
                " rating) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (at.date().isoformat(), at.hour, desk, need, outcome, segment, language, rating),
            )
            self.db.execute(
                "INSERT INTO satisfaction_staff (month, staff, served, ratings, total)"
                " VALUES (?, ?, 1, ?, ?) ON CONFLICT DO UPDATE SET served = served + 1,"
                " ratings = ratings + excluded.ratings, total = total + excluded.total",
                (month, staff, int(rating > 0), rating),
            )

    def ratings(self, since: date, until: date, by: str) -> list[tuple[str, int, int, int]]:
        """(value of ``by``, answered, sum of ratings, no answer) for the days given; ``by``
        is one of need, outcome, segment, desk, language, hour, or '' for the total."""
        if by not in ("", "need", "outcome", "segment", "desk", "language", "hour"):
            raise ValueError(by)
        key = f"coalesce({by}, '')" if by else "''"
        rows = self.db.execute(
            f"SELECT {key}, sum(rating > 0), sum(rating), sum(rating = 0) FROM satisfaction"
            f" WHERE day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1",
            (since.isoformat(), until.isoformat()),
        ).fetchall()
        return [(str(k), int(a or 0), int(s or 0), int(n or 0)) for k, a, s, n in rows]

    def staff_months(
        self, first_month: str, last_month: str
    ) -> list[tuple[str, str, int, int, int]]:
        """(month, staff, served, ratings, total) for the months given."""
        return [
            (str(m), str(s), int(v), int(r), int(t))
            for m, s, v, r, t in self.db.execute(
                "SELECT month, staff, served, ratings, total FROM satisfaction_staff"
                " WHERE month BETWEEN ? AND ? ORDER BY month, staff",
                (first_month, last_month),
            )
        ]

    # --- the SKM survey ----------------------------------------------------------------

    def population(self, since: date, before: date) -> int:
        """Patrons served from ``since`` up to ``before`` (abandoned ones not counted)."""
        row = self.db.execute(
            "SELECT count(*) FROM interactions WHERE started_at >= ? AND started_at < ?"
            " AND outcome != 'abandoned'",
            (since.isoformat(), before.isoformat()),
        ).fetchone()
        return int(row[0])

    def current_period(self) -> Period | None:
        row = self.db.execute(
            "SELECT id, started_at, started_by, ended_at, ended_by FROM skm_periods"
            " WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return _period(row) if row else None

    def periods(self) -> list[Period]:
        return [
            _period(row)
            for row in self.db.execute(
                "SELECT id, started_at, started_by, ended_at, ended_by FROM skm_periods ORDER BY id"
            )
        ]

    def start_period(self, at: datetime, who: str) -> Period:
        with storage_errors(self.db), write_transaction(self.db):
            cursor = self.db.execute(
                "INSERT INTO skm_periods (started_at, started_by) VALUES (?, ?)",
                (at.isoformat(), who),
            )
        return Period(int(cursor.lastrowid or 0), at, who, None, None)

    def end_period(self, period_id: int, at: datetime, who: str) -> None:
        """End a period (this desk's, or the library's taken from the server: ended here,
        it goes back up)."""
        with storage_errors(self.db), write_transaction(self.db):
            self.db.execute(
                "UPDATE skm_periods SET ended_at = ?, ended_by = ?, pulled = 0 WHERE id = ?",
                (at.isoformat(), who, period_id),
            )

    def running_periods(self) -> list[Period]:
        """Periods not ended (one, unless two desks started one while apart)."""
        return [
            _period(row)
            for row in self.db.execute(
                "SELECT id, started_at, started_by, ended_at, ended_by FROM skm_periods"
                " WHERE ended_at IS NULL ORDER BY id"
            )
        ]

    def add_response(
        self,
        period_id: int,
        day: date,
        desk: str,
        answers: Mapping[Element, int],
        profile: Mapping[str, str],
        suggestion: str,
    ) -> None:
        columns = [_COLUMNS[e] for e in answers] + [k for k in PROFILE if profile.get(k)]
        values: list[Any] = list(answers.values()) + [profile[k] for k in PROFILE if profile.get(k)]
        names = ", ".join(["period_id", "day", "desk", "suggestion", *columns])
        marks = ", ".join("?" * (4 + len(columns)))
        with storage_errors(self.db), write_transaction(self.db):
            self.db.execute(
                f"INSERT INTO skm_responses ({names}) VALUES ({marks})",
                [period_id, day.isoformat(), desk, suggestion, *values],
            )

    def responses(self, since: date, until: date) -> list[Response]:
        columns = ", ".join(_COLUMNS.values())
        found = []
        for row in self.db.execute(
            f"SELECT day, desk, {columns}, {', '.join(PROFILE)}, suggestion FROM skm_responses"
            " WHERE day BETWEEN ? AND ? ORDER BY id",
            (since.isoformat(), until.isoformat()),
        ):
            day, desk, *rest = row
            values, profile, suggestion = rest[:9], rest[9:14], rest[14]
            found.append(
                Response(
                    date.fromisoformat(day),
                    str(desk),
                    {e: int(v) for e, v in zip(ELEMENTS, values, strict=True) if v},
                    {k: str(v) for k, v in zip(PROFILE, profile, strict=True) if v},
                    str(suggestion or ""),
                )
            )
        return found


def _period(row: tuple[Any, ...]) -> Period:
    started_at, ended_at = row[1], row[3]
    return Period(
        int(row[0]),
        datetime.fromisoformat(started_at),
        str(row[2]),
        datetime.fromisoformat(ended_at) if ended_at else None,
        row[4],
    )
