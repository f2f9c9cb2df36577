"""The library server: a PostgreSQL database every desk pushes its records to.

A desk keeps writing to its own SQLite file; what the server must receive waits in the
desk's outbox (see migration 0014) and is pushed when the server can be reached. Records
made at a desk carry ids made at the desk (UUIDs derived from the desk database's identity
and the record's local id), so pushing the same record twice changes nothing.

The connection follows libpq: a connection string or a service name; a password comes from
the user's ``pgpass`` file, never from our settings or logs. Keepalives and
``tcp_user_timeout`` make a dropped link fail in seconds rather than hang.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlite_utils

from desk_assistant.errors import StorageError
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.database import write_transaction

if TYPE_CHECKING:
    import psycopg

# What a dropped link costs at most: connect within 5 s; a silent peer is given up after
# about 5 s of unanswered keepalives or unacknowledged data.
CONNECT_TIMEOUT_S = 5
LINK_OPTIONS = {
    "connect_timeout": str(CONNECT_TIMEOUT_S),
    "keepalives": "1",
    "keepalives_idle": "2",
    "keepalives_interval": "1",
    "keepalives_count": "3",
    "tcp_user_timeout": "5000",
    "application_name": "desk-assistant",
    # The server's side of a dropped link: its keepalives and user timeout notice a desk
    # that vanished within about 10 s and end what it left open (else those locks would
    # hold the desk's retry for the hours TCP takes by default); a transaction left idle
    # ends after 10 s; a statement waiting on a lock gives up after 15 s and the sync is
    # tried again later, rather than hanging.
    "options": "-c idle_in_transaction_session_timeout=10000 -c lock_timeout=15000"
    " -c tcp_keepalives_idle=5 -c tcp_keepalives_interval=2 -c tcp_keepalives_count=3"
    " -c tcp_user_timeout=10000",
}

# The central schema, one step a version; each runs in a transaction with its version row,
# and a version already applied is skipped (``server init`` may run any number of times).
SERVER_MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
        CREATE TABLE desks (
            name text PRIMARY KEY,
            database_id text NOT NULL,
            joined_at timestamptz NOT NULL DEFAULT now(),
            last_push timestamptz
        );
        CREATE TABLE interactions (
            uid uuid PRIMARY KEY,
            desk text NOT NULL,
            staff text NOT NULL,
            started_at timestamptz NOT NULL,
            ended_at timestamptz NOT NULL,
            duration_s double precision NOT NULL,
            pack_id text NOT NULL,
            pack_version integer NOT NULL,
            pack_sha256 text,
            language text NOT NULL,
            segment text NOT NULL,
            need text,
            needs jsonb NOT NULL,
            outcome text NOT NULL,
            unavailable boolean NOT NULL,
            next_step boolean,
            options jsonb NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX interactions_started ON interactions (started_at);
        CREATE INDEX interactions_desk_started ON interactions (desk, started_at);
        CREATE TABLE audit_log (
            uid uuid PRIMARY KEY,
            desk text NOT NULL,
            at timestamptz NOT NULL,
            who text NOT NULL,
            role text NOT NULL,
            action text NOT NULL,
            detail jsonb NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX audit_log_at ON audit_log (at);
        """,
    ),
    (
        2,
        """
        -- The library's follow-ups, owned here. Times are kept as the desk wrote them
        -- (ISO text with the desk's UTC offset), so every desk reads them as its own.
        ALTER TABLE desks ADD COLUMN number serial;
        CREATE TABLE code_counter (
            one boolean PRIMARY KEY DEFAULT true CHECK (one),
            next bigint NOT NULL
        );
        INSERT INTO code_counter VALUES (true, 0);
        CREATE SEQUENCE changes;
        CREATE TABLE followups (
            uid uuid PRIMARY KEY,
            code text NOT NULL UNIQUE,
            created_at text NOT NULL,
            due_date text,
            status text NOT NULL,
            desk text NOT NULL,
            staff text NOT NULL,
            reason text NOT NULL,
            item_title text NOT NULL,
            item_author text NOT NULL,
            item_call_number text NOT NULL,
            options text NOT NULL,
            consent boolean NOT NULL,
            patron_name text,
            phone text,
            phone_mobile boolean,
            phone_national text,
            email text,
            channel text,
            language text NOT NULL,
            updated_at text NOT NULL,
            closed_at text,
            attempts integer NOT NULL,
            failed_attempts integer NOT NULL,
            first_attempt_at text,
            last_attempt_at text,
            version integer NOT NULL,
            changed bigint NOT NULL DEFAULT nextval('changes'),
            changed_by text NOT NULL,
            changed_at_desk text NOT NULL
        );
        CREATE INDEX followups_changed ON followups (changed);
        CREATE TABLE followup_events (
            uid uuid PRIMARY KEY,
            followup_uid uuid NOT NULL REFERENCES followups (uid),
            at text NOT NULL,
            by text NOT NULL,
            desk text NOT NULL,
            kind text NOT NULL,
            detail jsonb NOT NULL
        );
        CREATE INDEX followup_events_followup ON followup_events (followup_uid);
        -- Each desk operation once: a replay finds its outcome here.
        CREATE TABLE applied_ops (
            uid uuid PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now(),
            outcome text NOT NULL
        );
        """,
    ),
    (
        3,
        """
        -- The library's script pack: every version a desk published; the one published
        -- last (the highest "changed") is the library's.
        CREATE TABLE packs (
            sha256 text PRIMARY KEY,
            pack_id text NOT NULL,
            version integer NOT NULL,
            source text NOT NULL,
            published_at timestamptz NOT NULL DEFAULT now(),
            published_by text NOT NULL,
            desk text NOT NULL,
            changed bigint NOT NULL DEFAULT nextval('changes')
        );
        """,
    ),
    (
        4,
        """
        -- The order interactions arrived in, for a desk that keeps the library's
        -- statistics to take those of the other desks.
        ALTER TABLE interactions ADD COLUMN seq bigserial;
        CREATE INDEX interactions_seq ON interactions (seq);
        """,
    ),
    (
        5,
        """
        -- Erasures made on the server itself (retention, a patron's request): codes and
        -- times only, never the data erased.
        CREATE TABLE erasure_ledger (
            code text NOT NULL,
            erased_at timestamptz NOT NULL DEFAULT now(),
            why text NOT NULL
        );
        """,
    ),
    (6, "APPLY_OP"),  # the follow-up operations, applied by the server itself
    (
        7,
        """
        -- A follow-up from a desk's time alone whose code another desk had handed out
        -- already comes with a new code; the one on the patron's slip is kept.
        ALTER TABLE followups ADD COLUMN former_code text;
        CREATE INDEX followups_former_code ON followups (former_code)
            WHERE former_code IS NOT NULL;
        """,
    ),
    (8, "PUBLIC_VIEW"),  # the follow-ups without patrons' contact details
    (9, "FEEDBACK"),  # patrons' ratings and the SKM survey (server_feedback.FEEDBACK)
)
CONTACTS_READ = "GRANT SELECT ON {schema}.followups TO {role}"  # with patrons' contacts
# What a desk's role may do: add its records and read the library's; never change or
# delete one (the grants the README documents, applied by ``server init --grant ROLE``).
DESK_GRANTS = (
    "GRANT USAGE ON SCHEMA {schema} TO {role}",
    "GRANT SELECT, INSERT ON {schema}.interactions, {schema}.audit_log TO {role}",
    "GRANT SELECT, INSERT, UPDATE ON {schema}.desks, {schema}.code_counter TO {role}",
    "GRANT SELECT ON {schema}.schema_version TO {role}",
    # Follow-ups change only through apply_op (the server checks each operation's version
    # and keeps its ledger): a desk reads them, and may not write them in any other way.
    "GRANT SELECT ON {schema}.followups_public TO {role}",
    CONTACTS_READ,
    "REVOKE INSERT, UPDATE, DELETE ON {schema}.followups, {schema}.followup_events,"
    " {schema}.applied_ops FROM {role}",
    "GRANT EXECUTE ON FUNCTION {schema}.apply_op(uuid, uuid, text, integer, jsonb, text, text,"
    " text, jsonb, boolean) TO {role}",
    "GRANT USAGE ON SEQUENCE {schema}.changes, {schema}.desks_number_seq TO {role}",
    "GRANT SELECT, INSERT, UPDATE ON {schema}.packs TO {role}",
    "GRANT USAGE ON SEQUENCE {schema}.interactions_seq_seq TO {role}",
    "GRANT SELECT, INSERT ON {schema}.satisfaction, {schema}.skm_responses TO {role}",
    "GRANT SELECT, INSERT, UPDATE ON {schema}.skm_periods TO {role}",
    "GRANT USAGE ON SEQUENCE {schema}.satisfaction_seq_seq, {schema}.skm_responses_seq_seq"
    " TO {role}",
)
# A role for reports only (the supervisor's office, the head office): the same, except
# that it reads the follow-ups without patrons' contact details: those never reach it.
REPORT_GRANTS = (
    *(statement for statement in DESK_GRANTS if statement != CONTACTS_READ),
    "REVOKE SELECT ON {schema}.followups FROM {role}",
)
SCHEMA = "desk_assistant"
SERVER_NAME = "library server"  # who did what the server did itself (an erasure, a new code)


@dataclass(frozen=True)
class PushResult:
    sent: int  # records sent
    new: int  # of them, new to the server (the others were there: a replay)
    refused: tuple[Any, ...] = ()  # follow-up operations refused (server_followups.Refusal)


def connection_string(conninfo: str) -> str:
    """``conninfo`` with the link options added (those it sets itself are kept)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    given = conninfo_to_dict(conninfo)
    options = {k: v for k, v in LINK_OPTIONS.items() if k not in given}
    return make_conninfo(conninfo, **options)


def safe_conninfo(conninfo: str) -> str:
    """``conninfo`` as it may be stored and shown: a password is refused (it belongs in
    pgpass), the rest kept as given."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(conninfo)
    except Exception as exc:  # noqa: BLE001 (psycopg's ProgrammingError: a malformed string)
        raise StorageError("server.bad_conninfo", detail=str(exc).splitlines()[0]) from exc
    if "password" in parts:
        raise StorageError("server.password_in_conninfo")
    return conninfo


@contextmanager
def connect(conninfo: str) -> Iterator[psycopg.Connection[Any]]:
    """A connection to the library server; an unreachable or refusing server is a
    :class:`StorageError` in plain words (its reason from libpq kept for support)."""
    import psycopg

    try:
        connection = psycopg.connect(connection_string(conninfo), autocommit=False)
    except psycopg.Error as exc:
        raise StorageError("server.unreachable", detail=_first_line(exc)) from exc
    try:
        yield connection
    except psycopg.errors.InsufficientPrivilege as exc:
        # A role granted for an older version (server init ran without --grant since).
        raise StorageError("server.no_rights", detail=_first_line(exc)) from exc
    finally:
        connection.close()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def init_schema(
    connection: psycopg.Connection[Any], grant: Sequence[str] = (), reports: Sequence[str] = ()
) -> list[int]:
    """Create or upgrade the central schema; returns the versions applied now. ``grant``:
    desks' roles; ``reports``: roles for reports only (no patrons' contact details)."""
    from psycopg import sql

    applied = []
    with connection.transaction():
        connection.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(SCHEMA)))
        connection.execute(
            sql.SQL(
                "CREATE TABLE IF NOT EXISTS {}.schema_version ("
                " version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            ).format(sql.Identifier(SCHEMA))
        )
    for version, statements in SERVER_MIGRATIONS:
        with connection.transaction():
            # One server init at a time: a second waits, then finds the version applied.
            connection.execute("SELECT pg_advisory_xact_lock(4452494)")
            done = connection.execute(
                sql.SQL("SELECT 1 FROM {}.schema_version WHERE version = %s").format(
                    sql.Identifier(SCHEMA)
                ),
                (version,),
            ).fetchone()
            if done:
                continue
            connection.execute(
                sql.SQL("SET LOCAL search_path TO {}").format(sql.Identifier(SCHEMA))
            )
            connection.execute(_statements(statements))
            connection.execute(
                sql.SQL("INSERT INTO {}.schema_version (version) VALUES (%s)").format(
                    sql.Identifier(SCHEMA)
                ),
                (version,),
            )
            applied.append(version)
    with connection.transaction():
        given = [(role, DESK_GRANTS) for role in grant]
        for role, grants in [*given, *((role, REPORT_GRANTS) for role in reports)]:
            for statement in grants:
                connection.execute(
                    sql.SQL(statement).format(
                        schema=sql.Identifier(SCHEMA), role=sql.Identifier(role)
                    )
                )
    return applied


def _statements(text: str) -> str:
    """A step's SQL; the follow-ups' and the feedback's steps are written beside their
    code."""
    from desk_assistant.storage import server_feedback, server_followups

    return {
        "APPLY_OP": server_followups.APPLY_OP,
        "PUBLIC_VIEW": server_followups.PUBLIC_VIEW,
        "FEEDBACK": server_feedback.FEEDBACK,
    }.get(text, text)


def schema_version(connection: psycopg.Connection[Any]) -> int:
    """The central schema's version (0: not initialised)."""
    from psycopg import sql

    with connection.transaction():
        exists = connection.execute(
            "SELECT to_regclass(%s)", (f"{SCHEMA}.schema_version",)
        ).fetchone()
        if not exists or exists[0] is None:
            return 0
        row = connection.execute(
            sql.SQL("SELECT coalesce(max(version), 0) FROM {}.schema_version").format(
                sql.Identifier(SCHEMA)
            )
        ).fetchone()
    return int(row[0]) if row else 0


def privileges(connection: psycopg.Connection[Any]) -> dict[str, bool]:
    """What this connection's role may do with the tables a desk uses."""
    checks = {
        "insert interactions": ("interactions", "INSERT"),
        "read interactions": ("interactions", "SELECT"),
        "insert audit": ("audit_log", "INSERT"),
        "update desks": ("desks", "UPDATE"),
        "read follow-ups": ("followups_public", "SELECT"),
        "insert ratings": ("satisfaction", "INSERT"),
        "update survey periods": ("skm_periods", "UPDATE"),
    }
    found = {}
    with connection.transaction():
        for name, (table, privilege) in checks.items():
            row = connection.execute(
                "SELECT has_table_privilege(%s, %s)", (f"{SCHEMA}.{table}", privilege)
            ).fetchone()
            found[name] = bool(row and row[0])
    return found


def reads_contacts(connection: psycopg.Connection[Any]) -> bool:
    """Whether this connection's role may read patrons' contact details (a desk's role;
    one for reports only may not)."""
    with connection.transaction():
        row = connection.execute(
            "SELECT has_table_privilege(%s, 'SELECT')", (f"{SCHEMA}.followups",)
        ).fetchone()
    return bool(row and row[0])


def register_desk(connection: psycopg.Connection[Any], desk: str, database_id: str) -> None:
    """Note the desk on the server (a desk's name belongs to one desk database)."""
    with connection.transaction():
        row = connection.execute(
            f"SELECT database_id FROM {SCHEMA}.desks WHERE name = %s", (desk,)
        ).fetchone()
        if row and row[0] != database_id:
            raise StorageError("server.desk_taken", desk=desk)
        if not row:
            connection.execute(
                f"INSERT INTO {SCHEMA}.desks (name, database_id) VALUES (%s, %s)",
                (desk, database_id),
            )


# --- the desk's side: its outbox ---------------------------------------------------------


def record_uid(database_id: str, kind: str, local_id: int) -> str:
    """A record's id on the server: the same for the same record, whoever pushes it."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"desk-assistant:{database_id}:{kind}:{local_id}"))


def database_id(db: sqlite_utils.Database) -> str:
    """This desk database's identity (made when it was created)."""
    row = db.execute("SELECT id FROM database_identity").fetchone()
    return str(row[0])


def pending(db: sqlite_utils.Database) -> int:
    """Records waiting to be pushed."""
    return int(db.execute("SELECT count(*) FROM outbox").fetchone()[0])


def enqueue_history(db: sqlite_utils.Database) -> int:
    """Queue every record this desk ever made (joining a server: its history goes up once;
    queued twice, a record is still pushed once)."""
    with write_transaction(db):
        before = pending(db)
        db.execute(
            "INSERT INTO outbox (kind, ref) SELECT 'interaction', id FROM interactions"
            " WHERE origin IS NULL"
            " AND id NOT IN (SELECT ref FROM outbox WHERE kind = 'interaction')"
        )
        db.execute(
            "INSERT INTO outbox (kind, ref) SELECT 'audit', id FROM audit_log"
            " WHERE id NOT IN (SELECT ref FROM outbox WHERE kind = 'audit')"
        )
        return pending(db) - before


def _interaction_rows(
    db: sqlite_utils.Database, refs: list[int], database_id: str, desk: str
) -> list[tuple[Any, ...]]:
    marks = ", ".join("?" * len(refs))
    options: dict[int, list[dict[str, Any]]] = {}
    for interaction_id, option, chosen in db.execute(
        f"SELECT interaction_id, option, chosen FROM interaction_options"
        f" WHERE interaction_id IN ({marks}) ORDER BY rowid",
        refs,
    ):
        options.setdefault(interaction_id, []).append({"option": option, "chosen": bool(chosen)})
    rows = []
    for (
        local_id,
        started,
        ended,
        duration,
        staff,
        pack_id,
        pack_version,
        pack_sha256,
        language,
        segment,
        need,
        needs,
        outcome,
        unavailable,
        next_step,
    ) in db.execute(
        "SELECT id, started_at, ended_at, duration_s, staff, pack_id, pack_version,"
        " pack_sha256, language, segment, need, needs, outcome, unavailable, next_step"
        f" FROM interactions WHERE id IN ({marks})",
        refs,
    ):
        rows.append(
            (
                record_uid(database_id, "interaction", local_id),
                desk,
                staff,
                started,
                ended,
                duration,
                pack_id,
                pack_version,
                pack_sha256,
                language,
                segment,
                need,
                needs,
                outcome,
                bool(unavailable),
                None if next_step is None else bool(next_step),
                json.dumps(options.get(local_id, [])),
            )
        )
    return rows


def _audit_rows(
    db: sqlite_utils.Database, refs: list[int], database_id: str, desk: str
) -> list[tuple[Any, ...]]:
    marks = ", ".join("?" * len(refs))
    return [
        (record_uid(database_id, "audit", local_id), desk, at, who, role, action, detail)
        for local_id, at, who, role, action, detail in db.execute(
            f"SELECT id, at, who, role, action, detail FROM audit_log WHERE id IN ({marks})",
            refs,
        )
    ]


def _pack_rows(
    db: sqlite_utils.Database, refs: list[int], database_id: str, desk: str
) -> list[tuple[Any, ...]]:
    marks = ", ".join("?" * len(refs))
    return [
        (digest, pack_id, version, source, by, desk)
        for digest, pack_id, version, source, by in db.execute(
            "SELECT sha256, pack_id, version, source, installed_by FROM script_packs"
            f" WHERE id IN ({marks}) ORDER BY id",
            refs,
        )
    ]


_INSERTS = {
    "interaction": (
        f"INSERT INTO {SCHEMA}.interactions (uid, desk, staff, started_at, ended_at,"
        " duration_s, pack_id, pack_version, pack_sha256, language, segment, need, needs,"
        " outcome, unavailable, next_step, options)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
        " ON CONFLICT (uid) DO NOTHING",
        _interaction_rows,
    ),
    "audit": (
        f"INSERT INTO {SCHEMA}.audit_log (uid, desk, at, who, role, action, detail)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (uid) DO NOTHING",
        _audit_rows,
    ),
    # Published again, a version becomes the library's again (the last one wins).
    "pack": (
        f"INSERT INTO {SCHEMA}.packs (sha256, pack_id, version, source, published_by, desk)"
        " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (sha256) DO UPDATE SET"
        f" changed = nextval('{SCHEMA}.changes'), published_at = now(),"
        " published_by = excluded.published_by, desk = excluded.desk",
        _pack_rows,
    ),
}


def library_pack(connection: psycopg.Connection[Any]) -> tuple[str, str, int] | None:
    """The library's pack: (sha256, source, changed), None before any was published."""
    with connection.transaction():
        row = connection.execute(
            f"SELECT sha256, source, changed FROM {SCHEMA}.packs ORDER BY changed DESC LIMIT 1"
        ).fetchone()
    return (str(row[0]), str(row[1]), int(row[2])) if row else None


def enqueue_pack(db: sqlite_utils.Database, row_id: int) -> None:
    with write_transaction(db):
        db.execute("INSERT INTO outbox (kind, ref) VALUES ('pack', ?)", (row_id,))


def push_batch(
    db: sqlite_utils.Database,
    connection: psycopg.Connection[Any],
    database_id: str,
    desk: str,
    at: str,
    size: int = 2000,
) -> PushResult:
    """Push the oldest ``size`` records of the outbox in one server transaction, then
    take them out of the outbox. A crash between the two pushes them again: the server
    keeps each once. ``at``: now, as the desk writes its times."""
    from desk_assistant.storage.server_feedback import FEEDBACK_INSERTS
    from desk_assistant.storage.server_followups import push_events

    queued = db.execute(
        "SELECT id, kind, ref, base FROM outbox ORDER BY id LIMIT ?", (size,)
    ).fetchall()
    if not queued:
        return PushResult(0, 0)
    by_kind: dict[str, list[int]] = {}
    events: list[tuple[int, int, int | None]] = []
    for outbox_id, kind, ref, base in queued:
        if kind == "event":
            events.append((outbox_id, ref, base))
        else:
            by_kind.setdefault(kind, []).append(ref)
    new = 0
    refused: list[Any] = []
    inserts = {**_INSERTS, **FEEDBACK_INSERTS}
    with connection.transaction(), connection.cursor() as cursor:
        for kind, refs in by_kind.items():
            statement, rows_of = inserts[kind]
            rows = rows_of(db, refs, database_id, desk)
            if rows:
                cursor.executemany(statement, rows)
                new += max(0, cursor.rowcount)
        if events:
            applied, refused = push_events(db, cursor, events, database_id, desk, at)
            new += applied
        cursor.execute(f"UPDATE {SCHEMA}.desks SET last_push = now() WHERE name = %s", (desk,))
    last = queued[-1][0]
    with write_transaction(db):
        db.execute("DELETE FROM outbox WHERE id <= ?", (last,))
    return PushResult(len(queued), new, tuple(refused))


LIBRARY_STATS_KEY = "server_library_statistics"  # "1": this desk keeps the library's
PULLED_SEQ_KEY = "server_interactions_seq"


def pull_interactions(
    db: sqlite_utils.Database, connection: psycopg.Connection[Any], own_desk: str, tz: Any
) -> int:
    """Take the other desks' interactions (statistics only, no personal data) into this
    desk's database, written in ``tz`` as the desk writes its own, so that its reports and
    exports cover the whole library. Returns how many came."""
    row = db.execute("SELECT value FROM app_state WHERE key = ?", (PULLED_SEQ_KEY,)).fetchone()
    since = int(row[0]) if row else 0
    taken = 0
    while True:
        with connection.transaction():
            rows = connection.execute(
                "SELECT seq, desk, staff, started_at, ended_at, duration_s, pack_id,"
                " pack_version, pack_sha256, language, segment, need, needs, outcome,"
                f" unavailable, next_step, options FROM {SCHEMA}.interactions"
                " WHERE seq > %s AND desk != %s ORDER BY seq LIMIT 5000",
                (since, own_desk),
            ).fetchall()
        if not rows:
            return taken
        with write_transaction(db):
            for (
                seq, desk, staff, started, ended, duration, pack_id, pack_version, sha,
                language, segment, need, needs, outcome, unavailable, next_step, options,
            ) in rows:  # fmt: skip
                cursor = db.execute(
                    "INSERT INTO interactions (started_at, ended_at, duration_s, desk, staff,"
                    " pack_id, pack_version, language, segment, need, needs, steps, outcome,"
                    " unavailable, next_step, pack_sha256, origin)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?)",
                    (
                        started.astimezone(tz).isoformat(),
                        ended.astimezone(tz).isoformat(),
                        duration, desk, staff, pack_id, pack_version, language, segment,
                        need, json.dumps(needs), outcome, int(unavailable),
                        None if next_step is None else int(next_step), sha, desk,
                    ),
                )  # fmt: skip
                local_id = cursor.lastrowid
                db.conn.executemany(
                    "INSERT INTO interaction_options (interaction_id, option, chosen)"
                    " VALUES (?, ?, ?)",
                    [(local_id, o["option"], int(o["chosen"])) for o in options],
                )
                since = seq
                taken += 1
            AppState(db).set(PULLED_SEQ_KEY, str(since))


def server_counts(connection: psycopg.Connection[Any]) -> dict[str, int]:
    """Interactions on the server, by desk."""
    with connection.transaction():
        return {
            desk: int(count)
            for desk, count in connection.execute(
                f"SELECT desk, count(*) FROM {SCHEMA}.interactions GROUP BY desk"
            ).fetchall()
        }
