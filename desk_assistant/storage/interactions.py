"""Interactions and shifts: the desk's statistics, with no personal data."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime

import sqlite_utils

from desk_assistant.domain.shift import InteractionRecord, Shift, ShiftSummary
from desk_assistant.domain.vocabulary import Need, Outcome, Segment
from desk_assistant.storage.database import storage_errors, write_transaction


class InteractionRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(self, record: InteractionRecord) -> int:
        with storage_errors(), write_transaction(self.db):
            cursor = self.db.execute(
                """
                INSERT INTO interactions (shift_id, started_at, ended_at, duration_s, desk,
                    staff, pack_id, pack_version, language, segment, need, needs, steps, outcome,
                    unavailable, next_step, pack_sha256)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    record.shift_id,
                    record.started_at.isoformat(),
                    record.ended_at.isoformat(),
                    record.duration_s,
                    record.desk,
                    record.staff,
                    record.pack_id,
                    record.pack_version,
                    record.language,
                    record.segment.value,
                    record.need.value if record.need else None,
                    json.dumps([n.value for n in record.needs]),
                    json.dumps(list(record.steps)),
                    record.outcome.value,
                    int(record.unavailable),
                    None if record.next_step is None else int(record.next_step),
                    record.pack_sha256,
                ),
            )
            interaction_id = int(cursor.lastrowid or 0)
            if record.options_offered:
                self.db.conn.executemany(
                    "INSERT INTO interaction_options (interaction_id, option, chosen)"
                    " VALUES (?, ?, ?)",
                    [
                        (interaction_id, option, int(option in record.options_chosen))
                        for option in record.options_offered
                    ],
                )
        return interaction_id

    def get(self, interaction_id: int) -> InteractionRecord:
        row = self.db.execute(
            "SELECT * FROM interactions WHERE id = ?", (interaction_id,)
        ).fetchone()
        columns = [d[0] for d in self.db.execute("SELECT * FROM interactions LIMIT 0").description]
        data = dict(zip(columns, row, strict=True))
        options = self.db.execute(
            "SELECT option, chosen FROM interaction_options"
            " WHERE interaction_id = ? ORDER BY rowid",
            (interaction_id,),
        ).fetchall()
        return InteractionRecord(
            started_at=datetime.fromisoformat(data["started_at"]),
            ended_at=datetime.fromisoformat(data["ended_at"]),
            desk=data["desk"],
            staff=data["staff"],
            pack_id=data["pack_id"],
            pack_version=data["pack_version"],
            language=data["language"],
            segment=Segment(data["segment"]),
            need=Need(data["need"]) if data["need"] else None,
            needs=tuple(Need(n) for n in json.loads(data["needs"])),
            steps=tuple(json.loads(data["steps"])),
            outcome=Outcome(data["outcome"]),
            shift_id=data["shift_id"],
            unavailable=bool(data["unavailable"]),
            next_step=None if data["next_step"] is None else bool(data["next_step"]),
            options_offered=tuple(o for o, _ in options),
            options_chosen=tuple(o for o, chosen in options if chosen),
            pack_sha256=data.get("pack_sha256"),
        )

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM interactions").fetchone()[0])

    # --- shifts --------------------------------------------------------------------------

    def start_shift(self, staff: str, desk: str, at: datetime) -> Shift:
        with storage_errors(), write_transaction(self.db):
            cursor = self.db.execute(
                "INSERT INTO shifts (staff, desk, started_at) VALUES (?, ?, ?)",
                (staff, desk, at.isoformat()),
            )
        return Shift(int(cursor.lastrowid or 0), staff, desk, at)

    def end_shift(self, shift: Shift, at: datetime) -> Shift:
        with storage_errors(), write_transaction(self.db):
            self.db.execute(
                "UPDATE shifts SET ended_at = ? WHERE id = ?", (at.isoformat(), shift.id)
            )
        return Shift(shift.id, shift.staff, shift.desk, shift.started_at, at)

    def open_shift(self, desk: str) -> Shift | None:
        """The newest shift at ``desk`` that was never ended (a quit, a crash)."""
        row = self.db.execute(
            "SELECT id, staff, desk, started_at FROM shifts"
            " WHERE ended_at IS NULL AND desk = ? ORDER BY id DESC LIMIT 1",
            (desk,),
        ).fetchone()
        if row is None:
            return None
        return Shift(int(row[0]), row[1], row[2], datetime.fromisoformat(row[3]))

    def last_activity(self, shift: Shift) -> datetime:
        """When the shift's last interaction ended (its start if it served nobody)."""
        row = self.db.execute(
            "SELECT max(ended_at) FROM interactions WHERE shift_id = ?", (shift.id,)
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else shift.started_at

    def shift_summary(self, shift: Shift) -> ShiftSummary:
        rows = self.db.execute(
            "SELECT need, outcome, duration_s FROM interactions WHERE shift_id = ?", (shift.id,)
        ).fetchall()
        by_need: Counter[str] = Counter()
        served = abandoned = 0
        total = 0.0
        for need, outcome, duration in rows:
            if outcome == Outcome.ABANDONED.value:
                abandoned += 1
                continue
            served += 1
            total += duration
            by_need[need or Need.OTHER.value] += 1
        return ShiftSummary(shift, served, abandoned, dict(by_need), total)
