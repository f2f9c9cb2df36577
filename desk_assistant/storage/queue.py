"""The follow-up queue: filtered, searched, sorted and paged in indexed SQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import sqlite_utils

from desk_assistant.domain.followup import (
    ACTIVE_STATUSES,
    CODE_ALPHABET,
    Channel,
    Status,
)
from desk_assistant.domain.queue import QueueFilter, QueueRow, When

_COLUMNS = (
    "id, code, due_date, status, item_title, patron_name, phone, email, channel, desk, staff, "
    "attempts, failed_attempts, created_at"
)
_CODE_CHARS = re.compile(f"^(TL)?[{CODE_ALPHABET}]{{4,8}}$")
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Every word as a prefix, all required: ``budi sant`` → ``"budi"* AND "sant"*``."""
    words = _WORD.findall(text)
    return " AND ".join(f'"{word}"*' for word in words)


def _row(values: tuple[Any, ...]) -> QueueRow:
    (
        fid,
        code,
        due,
        status,
        title,
        name,
        phone,
        email,
        channel,
        desk,
        staff,
        attempts,
        failed,
        created,
    ) = values
    return QueueRow(
        id=fid,
        code=code,
        due=date.fromisoformat(due) if due else None,
        status=Status(status),
        title=title,
        patron_name=name,
        phone=phone,
        email=email,
        channel=Channel(channel) if channel else None,
        desk=desk,
        staff=staff,
        attempts=attempts,
        failed_attempts=failed,
        created_at=created,
    )


class FollowUpQueue:
    """Reads the queue. ``today`` and the flag threshold are passed in, never assumed."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._search: str | None = None

    def _search_ids(self, match: str, refresh: bool) -> None:
        if not refresh and self._search == match:
            return
        # In a transaction of its own: Python's sqlite3 would otherwise leave one open
        # after these writes to the temp table, and later commits would never happen.
        with self.db.atomic():  # temp table only: no write lock on the database
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS queue_search (id INTEGER PRIMARY KEY)")
            self.db.execute("DELETE FROM temp.queue_search")
            self.db.execute(
                "INSERT INTO temp.queue_search SELECT rowid FROM followups_fts"
                " WHERE followups_fts MATCH ?",
                [match],
            )
        self._search = match

    def where(
        self, filt: QueueFilter, today: date, flag_after: int, refresh: bool = False
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        statuses = filt.statuses or tuple(sorted(ACTIVE_STATUSES))
        if set(statuses) != set(Status):  # every status: no clause, the date index serves
            # Literal enum values (never user text), so the planner can use partial indexes.
            literals = ", ".join(f"'{Status(status).value}'" for status in sorted(statuses))
            clauses.append(f"status IN ({literals})")
        iso = today.isoformat()
        if filt.when is When.OVERDUE:
            clauses.append("due_date < ?")
            params.append(iso)
        elif filt.when is When.TODAY:
            clauses.append("due_date = ?")
            params.append(iso)
        elif filt.when is When.UPCOMING:
            clauses.append("due_date > ?")
            params.append(iso)
        if filt.desk:
            clauses.append("desk = ?")
            params.append(filt.desk)
        if filt.staff:
            clauses.append("staff = ?")
            params.append(filt.staff)
        if filt.flagged_only:
            clauses.append("failed_attempts >= ?")
            params.append(flag_after)
        if filt.created_since is not None:
            clauses.append("created_at >= ?")
            params.append(filt.created_since.isoformat())
        if filt.created_until is not None:
            clauses.append("created_at < date(?, '+1 day')")
            params.append(filt.created_until.isoformat())
        search = filt.search.strip()
        if search:
            compact = search.replace(" ", "").replace("-", "").upper()
            if _CODE_CHARS.match(compact):
                # A code read out ("tl 7k3m", "7K3M"): the unique index answers it; the
                # same letters may also start a name or a title, so the index adds those.
                code = "TL-" + compact.removeprefix("TL")
                words = fts_query(
                    compact.removeprefix("TL") if compact.startswith("TL") else search
                )
                clauses.append(
                    "id IN (SELECT id FROM followups WHERE code = ?"
                    " UNION SELECT id FROM followups WHERE former_code = ?"
                    " UNION SELECT rowid FROM followups_fts WHERE followups_fts MATCH ?)"
                )
                params.extend([code, code, words or '""'])
            elif match := fts_query(search):
                # The matching ids are gathered once per search (see _search_ids) and reused
                # by the count and every page, instead of asking the index each time.
                self._search_ids(match, refresh)
                clauses.append("id IN (SELECT id FROM temp.queue_search)")
            else:
                clauses.append("0")
        return " AND ".join(clauses) or "1", params

    @staticmethod
    def source(filt: QueueFilter) -> str:
        """The table, with the index to use when the planner would pick a poor one.

        For "this desk's active follow-ups" SQLite prefers the (desk, due date) index for
        the ORDER BY and walks every row of the desk (50 ms on 100 000); the (desk, status)
        index finds the few active rows at once and sorts them (0.5 ms).
        """
        every_status = set(filt.statuses or ()) == set(Status)
        if filt.desk and not every_status:
            return "followups INDEXED BY idx_followups_desk_status"
        if filt.staff and not every_status:
            return "followups INDEXED BY idx_followups_staff_status"
        return "followups"

    def count(self, filt: QueueFilter, today: date, flag_after: int) -> int:
        """How many rows match; a new count reads the search index afresh."""
        where, params = self.where(filt, today, flag_after, refresh=True)
        return int(
            self.db.execute(
                f"SELECT count(*) FROM {self.source(filt)} WHERE {where}", params
            ).fetchone()[0]
        )

    def page(
        self,
        filt: QueueFilter,
        today: date,
        flag_after: int,
        after: QueueRow | None,
        limit: int,
    ) -> list[QueueRow]:
        """Up to ``limit`` rows in promised-date order, then by id, following ``after``.

        Keyset paging: the next page starts where the last one ended, so scrolling deep
        into the list costs the same as the first page.
        """
        where, params = self.where(filt, today, flag_after)
        if after is not None and after.due is not None:
            # Every stored follow-up has a promised date (see FollowUpRepository).
            where += " AND (due_date, id) > (?, ?)"
            params.extend([after.due.isoformat(), after.id])
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM {self.source(filt)} WHERE {where}"
            " ORDER BY due_date, id LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [_row(tuple(row)) for row in rows]

    def counts(self, today: date) -> tuple[int, int]:
        """(due today, overdue) among the active follow-ups: the desk's headline."""
        active = tuple(sorted(status.value for status in ACTIVE_STATUSES))
        marks = ", ".join("?" for _ in active)
        iso = today.isoformat()
        due_today = self.db.execute(
            f"SELECT count(*) FROM followups WHERE status IN ({marks}) AND due_date = ?",
            [*active, iso],
        ).fetchone()[0]
        overdue = self.db.execute(
            f"SELECT count(*) FROM followups WHERE status IN ({marks}) AND due_date < ?",
            [*active, iso],
        ).fetchone()[0]
        return int(due_today), int(overdue)

    def export_pages(
        self, filt: QueueFilter, today: date, flag_after: int, size: int
    ) -> Iterator[list[tuple[Any, ...]]]:
        """The follow-ups of ``filt`` for an export, ``size`` rows at a time, in promised-date
        order: id, code, created_at, due_date, status, desk, staff, item title, author and
        call number, reason, options, consent, patron name, phone (national form), e-mail,
        channel, attempts, failed attempts, closed_at, phone (E.164)."""
        where, params = self.where(filt, today, flag_after)
        after: tuple[str, int] | None = None
        while True:
            keyset = " AND (due_date, id) > (?, ?)" if after else ""
            rows = self.db.execute(
                "SELECT id, code, created_at, due_date, status, desk, staff, item_title,"
                " item_author, item_call_number, reason, options, consent, patron_name,"
                " coalesce(phone_national, phone), email, channel, attempts, failed_attempts,"
                " closed_at, phone FROM followups"
                f" WHERE {where}{keyset} ORDER BY due_date, id LIMIT ?",
                [*params, *(after or ()), size],
            ).fetchall()
            if not rows:
                return
            yield rows
            after = (rows[-1][3], rows[-1][0])

    def desks_and_staff(self) -> tuple[list[str], list[str]]:
        desks = [r[0] for r in self.db.execute("SELECT DISTINCT desk FROM followups ORDER BY desk")]
        staff = [
            r[0] for r in self.db.execute("SELECT DISTINCT staff FROM followups ORDER BY staff")
        ]
        return desks, staff
