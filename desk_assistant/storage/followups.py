"""Follow-ups and their history. Contact columns hold personal data: nowhere else does."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import sqlite_utils

from desk_assistant.domain.followup import (
    CLOSED_STATUSES,
    FAILED_ATTEMPTS,
    Attempt,
    Channel,
    Contact,
    Event,
    FollowUp,
    Item,
    Phone,
    Reason,
    Status,
    UnavailableCase,
    reference_code,
)
from desk_assistant.storage.database import storage_errors, write_transaction
from desk_assistant.storage.queue import fts_query

SEQUENCE_KEY = "followup_code_sequence"
# On a library server (storage.server_followups): the block drawn there, and past it the
# desk's own range.
BLOCK_NEXT, BLOCK_END, DESK_NUMBER = "code_block_next", "code_block_end", "server_desk_number"
FALLBACK_KEY = "code_fallback_next"
FALLBACK_BASE = 2**40
FALLBACK_SPAN = 2**24


def _contact(row: dict[str, Any]) -> Contact | None:
    if not row["consent"] or not row["patron_name"] or not row["channel"]:
        return None
    phone = Phone(row["phone"], bool(row["phone_mobile"])) if row["phone"] else None
    return Contact(row["patron_name"], Channel(row["channel"]), phone, row["email"])


def _case_columns(case: UnavailableCase, at: datetime) -> dict[str, Any]:
    """The columns a case fills, for a new follow-up and a corrected one alike."""
    contact = case.contact
    phone = contact.phone if contact else None
    return {
        "due_date": case.due.isoformat() if case.due else None,
        "reason": case.reason.value,
        "item_title": case.item.title,
        "item_author": case.item.author,
        "item_call_number": case.item.call_number,
        "options": json.dumps(list(case.options)),
        "consent": int(case.consent),
        "patron_name": contact.name if contact else None,
        "phone": phone.e164 if phone else None,
        "phone_mobile": int(phone.mobile) if phone else None,
        "phone_national": phone.national if phone else None,
        "email": contact.email if contact else None,
        "channel": contact.channel.value if contact else None,
        "updated_at": at.isoformat(),
    }


class FollowUpRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def reserve_code(self) -> str:
        """The next unused reference code; the sequence is stored, so never reused.

        A desk on a library server takes its codes from the blocks it drew there (unique
        across desks, also offline); past them, from a range of its own (see
        :mod:`server_followups`)."""
        with storage_errors(), write_transaction(self.db):
            key = self._sequence_key()
            row = self.db.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
            sequence = int(row[0]) if row else 0
            if key == FALLBACK_KEY and sequence == 0:
                sequence = self._fallback_start()
            # A sequence behind the codes already stored (a database restored or filled
            # by an older version) skips ahead: a code is never handed out twice.
            while self.db.execute(
                "SELECT 1 FROM followups WHERE code = ?", (reference_code(sequence),)
            ).fetchone():
                sequence += 1
            self.db.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, str(sequence + 1)),
            )
        return reference_code(sequence)

    def _sequence_key(self) -> str:
        """Where the next code's number is kept: this desk's own sequence (no server),
        the block drawn from the server, or, past the block, the desk's own range."""
        values = dict(
            self.db.execute(
                "SELECT key, value FROM app_state WHERE key IN (?, ?, ?)",
                (BLOCK_NEXT, BLOCK_END, DESK_NUMBER),
            ).fetchall()
        )
        if BLOCK_END not in values:
            return SEQUENCE_KEY
        if int(values[BLOCK_NEXT]) < int(values[BLOCK_END]):
            return BLOCK_NEXT
        return FALLBACK_KEY

    def _fallback_start(self) -> int:
        row = self.db.execute(
            "SELECT value FROM app_state WHERE key = ?", (DESK_NUMBER,)
        ).fetchone()
        return FALLBACK_BASE + int(row[0] if row else 0) * FALLBACK_SPAN

    # --- erasure ---------------------------------------------------------------------

    def erase_contacts(
        self, ids: list[int], who: str, why: str, at: datetime
    ) -> list[tuple[int, str, str]]:
        """Erase the contact details of ``ids`` (inside the caller's transaction).

        Each erasure is also written to the erasure ledger (id, code, time; no personal
        data), which a restore applies again. Returns the ledger entries.
        """
        entries: list[tuple[int, str, str]] = []
        stamp = at.isoformat()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            codes = dict(
                self.db.execute(f"SELECT id, code FROM followups WHERE id IN ({marks})", chunk)
            )
            self.db.execute(
                "UPDATE followups SET patron_name = NULL, phone = NULL,"
                " phone_mobile = NULL, phone_national = NULL, email = NULL, channel = NULL"
                f" WHERE id IN ({marks})",
                chunk,
            )
            # Free text written about the patron goes with the contact: attempt notes and
            # status reasons are emptied (the history keeps its structure, marked erased).
            for key in ("note", "reason"):
                self.db.execute(
                    f"UPDATE followup_events SET detail = json_set(detail, '$.{key}', '',"
                    f" '$.{key}_erased', json('true')) WHERE followup_id IN ({marks})"
                    f" AND coalesce(json_extract(detail, '$.{key}'), '') != ''",
                    chunk,
                )
            self.db.conn.executemany(
                "INSERT INTO followup_events (followup_id, at, by, kind, detail)"
                " VALUES (?, ?, ?, 'erased', ?)",
                [(i, stamp, who, json.dumps({"why": why})) for i in chunk if i in codes],
            )
            done = [(i, str(codes[i]), stamp) for i in chunk if i in codes]
            self.db.conn.executemany(
                "INSERT INTO erasure_ledger (followup_id, code, erased_at, why)"
                " VALUES (?, ?, ?, ?)",
                [(i, code, when, why) for i, code, when in done],
            )
            entries.extend(done)
        return entries

    def still_held(self, entries: list[tuple[int, str, str]]) -> list[int]:
        """Of erased follow-ups (id, code, time), those whose contact is held again."""
        found = []
        for fid, code, _at in entries:
            row = self.db.execute(
                "SELECT 1 FROM followups WHERE id = ? AND code = ?"
                " AND coalesce(patron_name, phone, email) IS NOT NULL",
                (fid, code),
            ).fetchone()
            if row:
                found.append(fid)
        return found

    def flush_erased_text(self) -> None:
        """Leave no trace of erased text: merge the search index (its old segments' pages
        are zeroed by secure_delete), then empty the write-ahead log."""
        with storage_errors(self.db), write_transaction(self.db):
            self.db.execute("INSERT INTO followups_fts(followups_fts) VALUES ('optimize')")
        if not self.db.memory:
            with storage_errors(self.db):
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def expired_contacts(self, cutoff: datetime) -> list[int]:
        """Follow-ups closed before ``cutoff`` that still hold contact details."""
        return [
            row[0]
            for row in self.db.execute(
                "SELECT id FROM followups WHERE closed_at IS NOT NULL AND closed_at < ?"
                " AND coalesce(patron_name, phone, email) IS NOT NULL",
                (cutoff.isoformat(),),
            )
        ]

    def create(  # the case must carry a promised date: the queue is ordered by it
        self,
        code: str,
        case: UnavailableCase,
        desk: str,
        staff: str,
        language: str,
        at: datetime,
    ) -> FollowUp:
        values = {
            "code": code,
            "created_at": at.isoformat(),
            "status": Status.OPEN.value,
            "desk": desk,
            "staff": staff,
            "language": language,
            **_case_columns(case, at),
        }
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with write_transaction(self.db):
            cursor = self.db.execute(
                f"INSERT INTO followups ({names}) VALUES ({marks})", list(values.values())
            )
            followup_id = int(cursor.lastrowid or 0)
            self.add_event(
                followup_id,
                at,
                staff,
                "created",
                {"options": list(case.options), "consent": case.consent},
            )
        return self.get(followup_id)

    def update_case(
        self, followup_id: int, case: UnavailableCase, by: str, at: datetime
    ) -> FollowUp:
        """The librarian corrected the form before the patron left: same code, new details."""
        values = _case_columns(case, at)
        if values["due_date"] is None:
            del values["due_date"]  # keep the promised date: the queue is ordered by it
        assignments = ", ".join(f"{name} = ?" for name in values)
        with write_transaction(self.db):
            self.db.execute(
                f"UPDATE followups SET {assignments} WHERE id = ?",
                [*values.values(), followup_id],
            )
            self.add_event(
                followup_id,
                at,
                by,
                "edited",
                {"options": list(case.options), "consent": case.consent},
            )
        return self.get(followup_id)

    def add_event(
        self, followup_id: int, at: datetime, by: str, kind: str, detail: dict[str, Any]
    ) -> None:
        with storage_errors(), write_transaction(self.db):
            self.db.execute(
                "INSERT INTO followup_events (followup_id, at, by, kind, detail)"
                " VALUES (?, ?, ?, ?, ?)",
                (followup_id, at.isoformat(), by, kind, json.dumps(detail)),
            )

    def link_interaction(self, followup_id: int, interaction_id: int) -> None:
        with storage_errors(), write_transaction(self.db):
            self.db.execute(
                "UPDATE followups SET interaction_id = ? WHERE id = ?",
                (interaction_id, followup_id),
            )

    def get(self, followup_id: int) -> FollowUp:
        cursor = self.db.execute("SELECT * FROM followups WHERE id = ?", (followup_id,))
        columns = [d[0] for d in cursor.description]
        row = dict(zip(columns, cursor.fetchone(), strict=True))
        return FollowUp(
            id=row["id"],
            code=row["code"],
            created_at=datetime.fromisoformat(row["created_at"]),
            due=date.fromisoformat(row["due_date"]) if row["due_date"] else None,
            status=Status(row["status"]),
            desk=row["desk"],
            staff=row["staff"],
            reason=Reason(row["reason"]),
            item=Item(row["item_title"], row["item_author"], row["item_call_number"]),
            options=tuple(json.loads(row["options"])),
            consent=bool(row["consent"]),
            contact=_contact(row),
            language=row["language"],
            interaction_id=row["interaction_id"],
            attempts=row["attempts"],
            failed_attempts=row["failed_attempts"],
            closed_at=datetime.fromisoformat(row["closed_at"]) if row["closed_at"] else None,
        )

    def set_status(
        self, followup_id: int, status: Status, by: str, at: datetime, reason: str, old: Status
    ) -> None:
        closed = at.isoformat() if status in CLOSED_STATUSES else None
        with storage_errors(), write_transaction(self.db):
            self.db.execute(
                "UPDATE followups SET status = ?, updated_at = ?, closed_at = ? WHERE id = ?",
                (status.value, at.isoformat(), closed, followup_id),
            )
            self.add_event(
                followup_id,
                at,
                by,
                "status",
                {"from": old.value, "to": status.value, "reason": reason},
            )

    def log_attempt(
        self, followup_id: int, attempt: Attempt, note: str, by: str, at: datetime
    ) -> None:
        failed = int(attempt in FAILED_ATTEMPTS)
        with storage_errors(), write_transaction(self.db):
            self.db.execute(
                """
                UPDATE followups SET attempts = attempts + 1,
                    failed_attempts = failed_attempts + ?,
                    first_attempt_at = coalesce(first_attempt_at, ?),
                    last_attempt_at = ?, updated_at = ?
                WHERE id = ?
                """,
                (failed, at.isoformat(), at.isoformat(), at.isoformat(), followup_id),
            )
            self.add_event(followup_id, at, by, "attempt", {"attempt": attempt.value, "note": note})

    def find_patron(
        self, code: str, phone: str | None, email: str | None, name: str | None
    ) -> set[int]:
        """The follow-ups with this reference code, E.164 phone, e-mail (any case) or with
        every word of ``name`` starting a word of the patron's name."""
        ids = {
            r[0]
            for r in self.db.execute(
                "SELECT id FROM followups WHERE code = ?"
                " UNION SELECT id FROM followups WHERE former_code = ?",
                (code, code),
            )
        }
        if phone:
            ids.update(
                r[0] for r in self.db.execute("SELECT id FROM followups WHERE phone = ?", (phone,))
            )
        if email:
            ids.update(
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM followups WHERE lower(email) = lower(?)", (email,)
                )
            )
        words = fts_query(name) if name else ""
        if words:
            ids.update(
                r[0]
                for r in self.db.execute(
                    "SELECT rowid FROM followups_fts WHERE followups_fts MATCH ?",
                    (f"patron_name : ({words})",),
                )
            )
        return ids

    def find_by_code(self, code: str) -> FollowUp | None:
        """The follow-up with this code, else the one that had it before taking the
        library's (the code on an older slip)."""
        row = self.db.execute(
            "SELECT id FROM followups WHERE code = ?"
            " UNION ALL SELECT id FROM followups WHERE former_code = ? LIMIT 1",
            (code, code),
        ).fetchone()
        return self.get(int(row[0])) if row else None

    def events(self, followup_id: int) -> list[Event]:
        rows = self.db.execute(
            "SELECT at, by, kind, detail FROM followup_events WHERE followup_id = ? ORDER BY id",
            (followup_id,),
        ).fetchall()
        return [Event(datetime.fromisoformat(a), b, k, json.loads(d)) for a, b, k, d in rows]

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM followups").fetchone()[0])
