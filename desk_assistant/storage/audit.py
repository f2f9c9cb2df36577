"""The audit log: append-only, who and when, never the personal data itself."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlite_utils

from desk_assistant.storage.database import storage_errors, write_transaction


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    who: str
    role: str
    action: str
    detail: dict[str, Any]


class AuditLog:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def record(
        self, at: datetime, who: str, role: str, action: str, detail: dict[str, Any] | None = None
    ) -> None:
        with storage_errors(), write_transaction(self.db):
            self.db.execute(
                "INSERT INTO audit_log (at, who, role, action, detail) VALUES (?, ?, ?, ?, ?)",
                (at.isoformat(), who, role, action, json.dumps(detail or {}, ensure_ascii=False)),
            )

    def entries(self, limit: int = 1000, action: str | None = None) -> list[AuditEntry]:
        where, params = ("WHERE action = ?", [action]) if action else ("", [])
        rows = self.db.execute(
            f"SELECT id, at, who, role, action, detail FROM audit_log {where}"
            " ORDER BY id DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [
            AuditEntry(i, datetime.fromisoformat(a), w, r, act, json.loads(d))
            for i, a, w, r, act, d in rows
        ]
