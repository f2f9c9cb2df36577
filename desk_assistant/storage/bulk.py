"""Writing many rows at once (the demo history): the columns, in the order rows give them."""

from __future__ import annotations

from collections.abc import Sequence

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
