"""Writing many rows at once (the demo history): the columns, in the order rows give them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

import sqlite_utils

from desk_assistant.storage.database import write_transaction
from desk_assistant.storage.followups import SEQUENCE_KEY

INTERACTION_COLUMNS = (
    "id, shift_id, started_at, ended_at, duration_s, desk, staff, pack_id, pack_version,"
    " language, segment, need, needs, steps, outcome, unavailable, next_step"
)
FOLLOWUP_COLUMNS = (
    "id, code, created_at, due_date, status, desk, staff, reason, item_title, item_author,"
    " item_call_number, options, consent, patron_name, phone, phone_mobile, email, channel,"
    " language, updated_at, closed_at, attempts, failed_attempts, first_attempt_at,"
    " last_attempt_at, phone_national"
)
_TABLES = ("interactions", "followups", "shifts")

Row = Sequence[object]


def _insert(db: sqlite_utils.Database, table: str, columns: str, rows: Sequence[Row]) -> None:
    marks = ", ".join("?" * len(columns.split(",")))
    db.conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


def has_records(db: sqlite_utils.Database) -> bool:
    """Has anything been served or promised here (interactions, follow-ups, shifts)?"""
    return any(
        db.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0] for table in _TABLES
    )


def next_id(db: sqlite_utils.Database, table: str) -> int:
    """The id after the highest one in ``table`` (interactions or follow-ups)."""
    if table not in _TABLES:
        raise ValueError(table)
    return int(db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def insert_interactions(
    db: sqlite_utils.Database, rows: Sequence[Row], options: Sequence[tuple[int, str, int]]
) -> None:
    """Interactions in :data:`INTERACTION_COLUMNS` order, and their options (interaction
    id, option, chosen), in one transaction."""
    with write_transaction(db):
        _insert(db, "interactions", INTERACTION_COLUMNS, rows)
        _insert(db, "interaction_options", "interaction_id, option, chosen", options)


def insert_followups(
    db: sqlite_utils.Database, rows: Sequence[Row], events: Sequence[Row], next_sequence: int
) -> None:
    """Follow-ups in :data:`FOLLOWUP_COLUMNS` order and their events (follow-up id, at, by,
    kind, detail), with the code sequence moved past the codes they use: in one
    transaction, so a run stopped between batches leaves a database that can store more."""
    with write_transaction(db):
        _insert(db, "followups", FOLLOWUP_COLUMNS, rows)
        _insert(db, "followup_events", "followup_id, at, by, kind, detail", events)
        db.execute(
            "INSERT INTO app_state (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (SEQUENCE_KEY, str(next_sequence)),
        )


def code_sequence(db: sqlite_utils.Database) -> int:
    """The last reference-code number handed out."""
    row = db.execute("SELECT value FROM app_state WHERE key = ?", (SEQUENCE_KEY,)).fetchone()
    return int(row[0]) if row else 0


# --- the demo's ratings and SKM survey ---------------------------------------------------


def served(db: sqlite_utils.Database) -> Iterator[tuple[Any, ...]]:
    """(day, hour, desk, staff, need, outcome, segment, language) of every interaction
    not abandoned, in order."""
    last = 0
    while True:  # a page at a time: the caller writes between pages
        rows = db.execute(
            "SELECT id, substr(started_at, 1, 10), CAST(substr(started_at, 12, 2) AS INTEGER),"
            " desk, staff, need, outcome, segment, language FROM interactions"
            " WHERE id > ? AND outcome != 'abandoned' ORDER BY id LIMIT 20000",
            (last,),
        ).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        for row in rows:
            yield row[1:]


def served_since(db: sqlite_utils.Database, day: date) -> int:
    row = db.execute(
        "SELECT count(*) FROM interactions WHERE started_at >= ? AND outcome != 'abandoned'",
        (day.isoformat(),),
    ).fetchone()
    return int(row[0])


def desks(db: sqlite_utils.Database) -> list[str]:
    return [str(r[0]) for r in db.execute("SELECT DISTINCT desk FROM interactions LIMIT 5")]


def insert_ratings(db: sqlite_utils.Database, rows: list[tuple[Any, ...]]) -> None:
    with write_transaction(db):
        db.conn.executemany(
            "INSERT INTO satisfaction (day, hour, desk, need, outcome, segment, language,"
            " rating) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def insert_staff_months(db: sqlite_utils.Database, rows: list[tuple[Any, ...]]) -> None:
    with write_transaction(db):
        db.conn.executemany(
            "INSERT INTO satisfaction_staff (month, staff, served, ratings, total)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET served = served + excluded.served,"
            " ratings = ratings + excluded.ratings, total = total + excluded.total",
            rows,
        )


def insert_skm_period(
    db: sqlite_utils.Database, started_at: str, by: str, rows: list[tuple[Any, ...]]
) -> None:
    """A survey period still running, with its responses (day, desk, u1-u9, sex, age band,
    education, occupation, suggestion)."""
    columns = ", ".join(f"u{n}" for n in range(1, 10))
    with write_transaction(db):
        period = db.execute(
            "INSERT INTO skm_periods (started_at, started_by) VALUES (?, ?)", (started_at, by)
        ).lastrowid
        db.conn.executemany(
            f"INSERT INTO skm_responses (period_id, day, desk, {columns}, sex, age_band,"
            " education, occupation, suggestion)"
            f" VALUES ({period}, {', '.join('?' * 16)})",
            rows,
        )
