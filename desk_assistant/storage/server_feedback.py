"""Patrons' ratings and the SKM survey through the library server.

A desk's ratings and survey answers go up as they are (anonymous: no interaction, no staff,
the day only); the survey periods are the library's, so one started at the supervisor's PC
runs at every desk after its next sync, and one ended anywhere ends everywhere (the first
end wins). A desk that keeps the library's statistics also takes the other desks' ratings
and answers, so its reports and its SKM report cover the library, as its population (the
patrons served) already does. The staff members' month totals stay with their desk.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import sqlite_utils

from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.database import write_transaction
from desk_assistant.storage.feedback import PROFILE
from desk_assistant.storage.server import SCHEMA, record_uid

if TYPE_CHECKING:
    import psycopg

ANSWERS = tuple(f"u{n}" for n in range(1, 10))
RESPONSE_COLUMNS = (*ANSWERS, *PROFILE, "suggestion")
PERIODS_SEEN_KEY = "server_skm_periods_changed"
RATINGS_SEQ_KEY = "server_ratings_seq"
RESPONSES_SEQ_KEY = "server_skm_responses_seq"


# The server's step 9 (server.SERVER_MIGRATIONS): patrons' ratings at the close and the
# SKM survey's answers, as anonymous as at the desk (no interaction and no staff beside a
# rating; the day only beside an answer). The survey periods are the library's: one
# started at one desk runs at every desk, and the first end wins.
_ANSWER_COLUMNS = ", ".join(f"{c} smallint CHECK ({c} BETWEEN 1 AND 4)" for c in ANSWERS)
FEEDBACK = f"""
CREATE TABLE satisfaction (
    uid uuid PRIMARY KEY,
    desk text NOT NULL,
    day date NOT NULL,
    hour integer NOT NULL,
    need text,
    outcome text NOT NULL,
    segment text NOT NULL,
    language text NOT NULL,
    rating smallint NOT NULL CHECK (rating BETWEEN 0 AND 4),
    seq bigserial
);
CREATE INDEX satisfaction_seq ON satisfaction (seq);
CREATE TABLE skm_periods (
    uid uuid PRIMARY KEY,
    desk text NOT NULL,
    started_at timestamptz NOT NULL,
    started_by text NOT NULL,
    ended_at timestamptz,
    ended_by text,
    changed bigint NOT NULL DEFAULT nextval('changes')
);
CREATE TABLE skm_responses (
    uid uuid PRIMARY KEY,
    period uuid NOT NULL,
    desk text NOT NULL,
    day date NOT NULL,
    {_ANSWER_COLUMNS},
    sex text,
    age_band text,
    education text,
    occupation text,
    service text,
    suggestion text NOT NULL DEFAULT '',
    seq bigserial
);
CREATE INDEX skm_responses_seq ON skm_responses (seq);
"""


def period_uid(db: sqlite_utils.Database, period_id: int, database_id: str) -> str:
    """A period's id on the server: the one it came with, else one made from this desk's
    database (kept, so the period is known again when it comes back)."""
    row = db.execute("SELECT uid FROM skm_periods WHERE id = ?", (period_id,)).fetchone()
    if row and row[0]:
        return str(row[0])
    uid = record_uid(database_id, "skm_period", period_id)
    db.execute("UPDATE skm_periods SET uid = ? WHERE id = ? AND uid IS NULL", (uid, period_id))
    return uid


def _rating_rows(
    db: sqlite_utils.Database, refs: list[int], database_id: str, desk: str
) -> list[tuple[Any, ...]]:
    marks = ", ".join("?" * len(refs))
    return [
        (record_uid(database_id, "rating", local_id), desk, *row)
        for local_id, *row in db.execute(
            "SELECT id, day, hour, need, outcome, segment, language, rating FROM satisfaction"
            f" WHERE id IN ({marks}) AND origin IS NULL",
            refs,
        )
    ]


def _period_rows(
    db: sqlite_utils.Database, refs: list[int], database_id: str, desk: str
) -> list[tuple[Any, ...]]:
    marks = ", ".join("?" * len(refs))
    found = db.execute(
        "SELECT id, started_at, started_by, ended_at, ended_by FROM skm_periods"
        f" WHERE id IN ({marks})",
        refs,
    ).fetchall()
    with write_transaction(db):
        return [(period_uid(db, local_id, database_id), desk, *row) for local_id, *row in found]


def _response_rows(
    db: sqlite_utils.Database, refs: list[int], database_id: str, desk: str
) -> list[tuple[Any, ...]]:
    marks = ", ".join("?" * len(refs))
    found = db.execute(
        f"SELECT id, period_id, day, {', '.join(RESPONSE_COLUMNS)} FROM skm_responses"
        f" WHERE id IN ({marks}) AND origin IS NULL",
        refs,
    ).fetchall()
    with write_transaction(db):
        return [
            (record_uid(database_id, "skm_response", local_id),
             period_uid(db, period_id, database_id), desk, *row)
            for local_id, period_id, *row in found
        ]  # fmt: skip


_RESPONSE_MARKS = ", ".join(["%s"] * (4 + len(RESPONSE_COLUMNS)))
FEEDBACK_INSERTS = {
    "rating": (
        f"INSERT INTO {SCHEMA}.satisfaction (uid, desk, day, hour, need, outcome, segment,"
        " language, rating) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
        " ON CONFLICT (uid) DO NOTHING",
        _rating_rows,
    ),
    # A period comes up when it starts and again when it ends; an end already there stays.
    "skm_period": (
        f"INSERT INTO {SCHEMA}.skm_periods (uid, desk, started_at, started_by, ended_at,"
        " ended_by) VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (uid) DO UPDATE SET"
        " ended_at = excluded.ended_at, ended_by = excluded.ended_by,"
        f" changed = nextval('{SCHEMA}.changes')"
        " WHERE skm_periods.ended_at IS NULL AND excluded.ended_at IS NOT NULL",
        _period_rows,
    ),
    "skm_response": (
        f"INSERT INTO {SCHEMA}.skm_responses (uid, period, desk, day,"
        f" {', '.join(RESPONSE_COLUMNS)}) VALUES ({_RESPONSE_MARKS})"
        " ON CONFLICT (uid) DO NOTHING",
        _response_rows,
    ),
}


def enqueue_feedback_history(db: sqlite_utils.Database) -> int:
    """Queue this desk's ratings, survey periods and answers made before it joined."""
    before = int(db.execute("SELECT count(*) FROM outbox").fetchone()[0])
    with write_transaction(db):
        for kind, table, own in (
            ("skm_period", "skm_periods", "pulled = 0"),
            ("rating", "satisfaction", "origin IS NULL"),
            ("skm_response", "skm_responses", "origin IS NULL"),
        ):
            db.execute(
                f"INSERT INTO outbox (kind, ref) SELECT '{kind}', id FROM {table} WHERE {own}"
                f" AND id NOT IN (SELECT ref FROM outbox WHERE kind = '{kind}')"
            )
    return int(db.execute("SELECT count(*) FROM outbox").fetchone()[0]) - before


def _local_time(value: datetime | None, tz: Any) -> str | None:
    return value.astimezone(tz).isoformat() if value is not None else None


def pull_periods(db: sqlite_utils.Database, connection: psycopg.Connection[Any], tz: Any) -> int:
    """Take the library's survey periods started or ended since the last look (every
    desk: a survey started elsewhere is answered here). Returns how many changed here."""
    state = AppState(db)
    seen = int(state.get(PERIODS_SEEN_KEY, "0"))
    with connection.transaction():
        rows = connection.execute(
            "SELECT uid, started_at, started_by, ended_at, ended_by, changed"
            f" FROM {SCHEMA}.skm_periods WHERE changed > %s ORDER BY changed",
            (seen,),
        ).fetchall()
    if not rows:
        return 0
    changed = 0
    with write_transaction(db):
        for uid, started_at, started_by, ended_at, ended_by, seq in rows:
            changed += _take_period(db, str(uid), started_at, started_by, ended_at, ended_by, tz)
            seen = max(seen, int(seq))
        state.set(PERIODS_SEEN_KEY, str(seen))
    return changed


def _take_period(
    db: sqlite_utils.Database,
    uid: str,
    started_at: datetime,
    started_by: str,
    ended_at: datetime | None,
    ended_by: str | None,
    tz: Any,
) -> int:
    """The server's state of one period, here: new, or ended (an end here stays)."""
    row = db.execute("SELECT id, ended_at FROM skm_periods WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        db.execute(
            "INSERT INTO skm_periods (started_at, started_by, ended_at, ended_by, uid, pulled)"
            " VALUES (?, ?, ?, ?, ?, 1)",
            (_local_time(started_at, tz), started_by, _local_time(ended_at, tz), ended_by, uid),
        )
        return 1
    if row[1] is None and ended_at is not None:
        db.execute(
            "UPDATE skm_periods SET ended_at = ?, ended_by = ?, pulled = 1 WHERE id = ?",
            (_local_time(ended_at, tz), ended_by, row[0]),
        )
        return 1
    return 0


def pull_feedback(
    db: sqlite_utils.Database, connection: psycopg.Connection[Any], own_desk: str, tz: Any
) -> int:
    """Take the other desks' ratings and survey answers (a desk that keeps the library's
    statistics). Returns how many came."""
    state = AppState(db)
    taken = 0
    since = int(state.get(RATINGS_SEQ_KEY, "0"))
    while True:
        with connection.transaction():
            rows = connection.execute(
                "SELECT seq, desk, day, hour, need, outcome, segment, language, rating"
                f" FROM {SCHEMA}.satisfaction WHERE seq > %s AND desk != %s"
                " ORDER BY seq LIMIT 5000",
                (since, own_desk),
            ).fetchall()
        if not rows:
            break
        with write_transaction(db):
            db.conn.executemany(
                "INSERT INTO satisfaction (day, hour, desk, need, outcome, segment, language,"
                " rating, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(_day(day), hour, desk, need, outcome, segment, language, rating, desk)
                 for _seq, desk, day, hour, need, outcome, segment, language, rating in rows],
            )  # fmt: skip
            since = int(rows[-1][0])
            state.set(RATINGS_SEQ_KEY, str(since))
        taken += len(rows)
    since = int(state.get(RESPONSES_SEQ_KEY, "0"))
    columns = ", ".join(f"r.{c}" for c in RESPONSE_COLUMNS)
    while True:
        with connection.transaction():
            rows = connection.execute(
                f"SELECT r.seq, r.desk, r.day, {columns}, p.uid, p.started_at, p.started_by,"
                f" p.ended_at, p.ended_by FROM {SCHEMA}.skm_responses r"
                f" JOIN {SCHEMA}.skm_periods p ON p.uid = r.period"
                " WHERE r.seq > %s AND r.desk != %s ORDER BY r.seq LIMIT 5000",
                (since, own_desk),
            ).fetchall()
        if not rows:
            break
        with write_transaction(db):
            for seq, desk, day, *rest in rows:
                values = rest[: len(RESPONSE_COLUMNS)]
                uid, started_at, started_by, ended_at, ended_by = rest[len(RESPONSE_COLUMNS) :]
                uid = str(uid)
                # The answer's period is known here even before the periods are pulled.
                _take_period(db, uid, started_at, started_by, ended_at, ended_by, tz)
                period_id = db.execute(
                    "SELECT id FROM skm_periods WHERE uid = ?", (uid,)
                ).fetchone()[0]
                db.execute(
                    f"INSERT INTO skm_responses (period_id, day, desk, origin,"
                    f" {', '.join(RESPONSE_COLUMNS)})"
                    f" VALUES (?, ?, ?, ?, {', '.join('?' * len(RESPONSE_COLUMNS))})",
                    (period_id, _day(day), desk, desk, *values),
                )
                since = int(seq)
            state.set(RESPONSES_SEQ_KEY, str(since))
        taken += len(rows)
    return taken


def _day(value: date | str) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)
