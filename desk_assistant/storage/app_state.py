"""Small shared values of this database (e.g. the library's name), by key."""

from __future__ import annotations

import sqlite_utils

from desk_assistant.storage.database import storage_errors, write_transaction


class AppState:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def get(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set(self, key: str, value: str) -> None:
        with storage_errors(), write_transaction(self.db):
            self.db.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
