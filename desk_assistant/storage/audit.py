"""The audit log: append-only, who and when, never the personal data itself.

Tamper-evident: each row carries ``hash``, the SHA-256 of the previous row's hash and its
own fields, so an edited, deleted, replaced or inserted row breaks the chain where it
happened (:meth:`AuditLog.verify`). Triggers refuse UPDATE, DELETE and REPLACE from any
connection; their absence is reported by the check too.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
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


PROTECTING_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete", "audit_log_no_replace")


def row_hash(previous: str, row: tuple[object, ...]) -> str:
    """The chain's link: the previous hash and the row (id, at, who, role, action, detail)."""
    text = json.dumps([previous, *row], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainCheck:
    """The result of checking the audit log: intact, or the first row where it breaks."""

    rows: int
    broken_at: int | None = None  # the id of the first row that does not fit (0: triggers)
    reason: str = ""  # edited | missing | inserted | unprotected

    @property
    def intact(self) -> bool:
        return self.broken_at is None


class AuditLog:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def record(
        self, at: datetime, who: str, role: str, action: str, detail: dict[str, Any] | None = None
    ) -> None:
        with storage_errors(self.db), write_transaction(self.db):
            last = self.db.execute(
                "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
            row = (
                (last[0] if last else 0) + 1,
                at.isoformat(),
                who,
                role,
                action,
                json.dumps(detail or {}, ensure_ascii=False),
            )
            self.db.execute(
                "INSERT INTO audit_log (id, at, who, role, action, detail, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (*row, row_hash(last[1] or "" if last else "", row)),
            )

    def entries_about(
        self, role: str, actions: tuple[str, ...], limit: int = 256
    ) -> list[AuditEntry]:
        """The newest entries of ``actions`` whose detail names ``role``, newest first."""
        marks = ", ".join("?" for _ in actions)
        rows = self.db.execute(
            "SELECT id, at, who, role, action, detail FROM audit_log"
            f" WHERE action IN ({marks}) AND json_extract(detail, '$.role') = ?"
            " ORDER BY id DESC LIMIT ?",
            [*actions, role, limit],
        ).fetchall()
        return [
            AuditEntry(i, datetime.fromisoformat(a), w, r, act, json.loads(d))
            for i, a, w, r, act, d in rows
        ]

    def verify(self) -> ChainCheck:
        """Walk the chain from the first row; say where it first breaks, if it does."""
        names = {
            r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        previous, expected_id, rows = "", 1, 0
        cursor = self.db.execute(
            "SELECT id, at, who, role, action, detail, hash FROM audit_log ORDER BY id"
        )
        for *fields, stored in cursor:
            rows += 1
            if fields[0] > expected_id:
                return ChainCheck(rows, expected_id, "missing")
            if fields[0] < expected_id:  # pragma: no cover - ids are unique
                return ChainCheck(rows, fields[0], "inserted")
            link = row_hash(previous, tuple(fields))
            if stored != link:
                return ChainCheck(rows, fields[0], "edited")
            previous, expected_id = link, expected_id + 1
        if not set(PROTECTING_TRIGGERS) <= names:
            return ChainCheck(rows, 0, "unprotected")
        return ChainCheck(rows)

    def span(self) -> tuple[str, str] | None:
        """The first and the last entry's time (ISO), or None for an empty log."""
        row = self.db.execute("SELECT min(at), max(at) FROM audit_log").fetchone()
        return (str(row[0]), str(row[1])) if row and row[0] else None

    def people_and_actions(self) -> tuple[list[str], list[str]]:
        """Who appears in the log, and which actions, for its filters."""
        people = [r[0] for r in self.db.execute("SELECT DISTINCT who FROM audit_log ORDER BY who")]
        actions = [
            r[0] for r in self.db.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")
        ]
        return people, actions

    def newest(self) -> tuple[int, str]:
        """The last row's id and hash (kept outside the database as an anchor)."""
        row = self.db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        return (int(row[0]), str(row[1] or "")) if row else (0, "")

    def entries(
        self,
        limit: int = 1000,
        action: str | None = None,
        who: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[AuditEntry]:
        """The newest entries, newest first; narrowed to an action, a person, and a span of
        ISO times (``since`` included, ``until`` excluded) when given."""
        conditions, params = [], []
        for clause, value in (
            ("action = ?", action),
            ("who = ?", who),
            ("at >= ?", since),
            ("at < ?", until),
        ):
            if value:
                conditions.append(clause)
                params.append(value)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self.db.execute(
            f"SELECT id, at, who, role, action, detail FROM audit_log {where}"
            " ORDER BY id DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [
            AuditEntry(i, datetime.fromisoformat(a), w, r, act, json.loads(d))
            for i, a, w, r, act, d in rows
        ]


def verify_file(path: Path) -> ChainCheck:
    """Check the audit log of the database at ``path`` on a read-only connection."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with storage_errors():
            return AuditLog(sqlite_utils.Database(conn, execute_plugins=False)).verify()
    finally:
        conn.close()
