"""The schema, only ever changed by adding a named migration at the end."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("desk_assistant")


@MIGRATIONS(name="0001_shifts_interactions_packs")
def _initial(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE shifts (
            id INTEGER PRIMARY KEY,
            staff TEXT NOT NULL,
            desk TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT
        )
        """
    )
    # Statistics only: never a patron's personal data in this table.
    db.execute(
        """
        CREATE TABLE interactions (
            id INTEGER PRIMARY KEY,
            shift_id INTEGER REFERENCES shifts(id),
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            duration_s REAL NOT NULL,
            desk TEXT NOT NULL,
            staff TEXT NOT NULL,
            pack_id TEXT NOT NULL,
            pack_version INTEGER NOT NULL,
            language TEXT NOT NULL,
            segment TEXT NOT NULL,
            need TEXT,
            needs TEXT NOT NULL DEFAULT '[]',
            steps TEXT NOT NULL DEFAULT '[]',
            outcome TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_interactions_started ON interactions(started_at)")
    db.execute("CREATE INDEX idx_interactions_shift ON interactions(shift_id)")
    db.execute(
        """
        CREATE TABLE script_packs (
            id INTEGER PRIMARY KEY,
            pack_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            source TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            installed_at TEXT NOT NULL,
            installed_by TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX idx_script_packs_pack ON script_packs(pack_id, version)")
    db.execute("CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
