"""Stored script pack versions and which one is active."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from desk_assistant.storage.database import storage_errors, write_transaction

_ACTIVE_KEY = "active_pack_row"
_SNAPSHOT_KEY = "active_pack_snapshot"
_DRAFT_KEY = "script_draft"


@dataclass(frozen=True)
class StoredPack:
    row_id: int
    pack_id: str
    version: int
    source: str
    sha256: str
    installed_at: str
    installed_by: str
    note: str


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class PackRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(
        self, pack_id: str, version: int, source: str, by: str, at: datetime, note: str = ""
    ) -> StoredPack:
        digest = sha256(source)
        with storage_errors(), write_transaction(self.db):
            cursor = self.db.execute(
                """
                INSERT INTO script_packs (pack_id, version, source, sha256, installed_at,
                    installed_by, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                (pack_id, version, source, digest, at.isoformat(), by, note),
            )
        return StoredPack(
            int(cursor.lastrowid or 0), pack_id, version, source, digest, at.isoformat(), by, note
        )

    def of_version(self, pack_id: str, version: int) -> list[StoredPack]:
        """Every stored row of ``pack_id`` at ``version`` (one, unless stored before a
        version was its content)."""
        rows = self.db.execute(
            "SELECT * FROM script_packs WHERE pack_id = ? AND version = ? ORDER BY id",
            (pack_id, version),
        ).fetchall()
        return [StoredPack(*row) for row in rows]

    def find(self, pack_id: str, version: int, digest: str) -> StoredPack | None:
        row = self.db.execute(
            "SELECT * FROM script_packs WHERE pack_id = ? AND version = ? AND sha256 = ?"
            " ORDER BY id DESC LIMIT 1",
            (pack_id, version, digest),
        ).fetchone()
        return StoredPack(*row) if row else None

    def get(self, row_id: int) -> StoredPack | None:
        row = self.db.execute("SELECT * FROM script_packs WHERE id = ?", (row_id,)).fetchone()
        return StoredPack(*row) if row else None

    def active(self) -> StoredPack | None:
        row = self.db.execute(
            "SELECT value FROM app_state WHERE key = ?", (_ACTIVE_KEY,)
        ).fetchone()
        return self.get(int(row[0])) if row else None

    def set_active(self, row_id: int) -> None:
        with storage_errors(), write_transaction(self.db):
            self.db.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_ACTIVE_KEY, str(row_id)),
            )

    def snapshot(self) -> str:
        """The snapshot kept of the active pack ("" when none was kept)."""
        return self._state(_SNAPSHOT_KEY)

    def _state(self, key: str) -> str:
        row = self.db.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    def draft(self) -> str:
        """The trainer's unpublished draft, as JSON ("" when there is none)."""
        return self._state(_DRAFT_KEY)

    def save_draft(self, text: str) -> None:
        """Keep (or, with "", drop) the trainer's unpublished draft."""
        with storage_errors(), write_transaction(self.db):
            self.db.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_DRAFT_KEY, text),
            )

    def save_snapshot(self, text: str) -> None:
        with storage_errors(), write_transaction(self.db):
            self.db.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_SNAPSHOT_KEY, text),
            )

    def versions(self) -> list[StoredPack]:
        # By pack, then by version number (v16 above v2), the newest first.
        rows = self.db.execute(
            "SELECT * FROM script_packs ORDER BY pack_id, version DESC, id DESC"
        ).fetchall()
        return [StoredPack(*row) for row in rows]
