"""Follow-ups shared through the library server: versioned operations up, the library's
queue down, reference codes in blocks.

The server owns the follow-ups. A desk sends what happened at it as operations (the
follow-up's events), each with the version of the follow-up it was based on; the server
applies one only if that version still holds, else refuses it and says what happened
instead (who changed it, at which desk, to what). Each operation is applied at most once:
its id goes into a ledger in the same transaction. Erasing a patron's contact is never
refused. The desk then takes the server's state of every follow-up changed since it last
looked, its own included.

Codes stay unique across desks while offline: a desk draws blocks of the code sequence
from the server ahead of time; past its blocks it uses a range of its own, far above any
block, keyed by its number on the server.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlite_utils

from desk_assistant.domain.followup import CLOSED_STATUSES, FAILED_ATTEMPTS
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.database import write_transaction
from desk_assistant.storage.followups import BLOCK_END, BLOCK_NEXT, FollowUpRepository
from desk_assistant.storage.server import SCHEMA, SERVER_NAME, record_uid

if TYPE_CHECKING:
    import psycopg

FIELDS = (
    "code",
    "created_at",
    "due_date",
    "status",
    "desk",
    "staff",
    "reason",
    "item_title",
    "item_author",
    "item_call_number",
    "options",
    "consent",
    "patron_name",
    "phone",
    "phone_mobile",
    "phone_national",
    "email",
    "channel",
    "language",
    "updated_at",
    "closed_at",
    "attempts",
    "failed_attempts",
    "first_attempt_at",
    "last_attempt_at",
    "former_code",
)
CONTACT = ("patron_name", "phone", "phone_mobile", "phone_national", "email", "channel")
# What a role that may not see patrons' contact details reads instead of the follow-ups
# (the supervisor's or head office's PC: reports, never contacts). Made from FIELDS when the
# schema step ran: a later column needs a step that makes the view again.
PUBLIC_FIELDS = tuple(field for field in FIELDS if field not in CONTACT)
PUBLIC_VIEW = f"""
CREATE VIEW followups_public AS SELECT uid, version, changed, changed_by, changed_at_desk,
    {", ".join(PUBLIC_FIELDS)},
    ({" OR ".join(f"{c} IS NOT NULL" for c in CONTACT)}) AS has_contact
FROM followups;
"""
STATE_CHANGES = ("created", "edited", "status", "attempt", "erased")
CLOSED = tuple(status.value for status in CLOSED_STATUSES)
FAILED = tuple(attempt.value for attempt in FAILED_ATTEMPTS)
_STAMP = (
    "version = version + 1, changed = nextval('changes'), changed_by = by_whom,"
    " changed_at_desk = desk_name"
)
_EDITED = (
    "due_date", "reason", "item_title", "item_author", "item_call_number", "options",
    "consent", "patron_name", "phone", "phone_mobile", "phone_national", "email", "channel",
    "language", "updated_at", "closed_at",
)  # fmt: skip
# One operation of a desk on a follow-up, applied by the server with its owner's rights
# (a desk's role may only call this, never write the follow-ups itself): once, by its id
# in the ledger; a change of state only if the version it was based on still holds;
# an erasure always. Returns 'applied', 'refused', 'noted' (changes nothing) or 'replay'.
APPLY_OP = f"""
CREATE FUNCTION apply_op(op uuid, fu uuid, op_kind text, base integer, op_detail jsonb,
    op_at text,
    by_whom text, desk_name text, state jsonb, refuse boolean) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk_assistant, pg_temp AS $fn$
DECLARE
    outcome text := 'noted';
    touched integer := 1;
BEGIN
    IF EXISTS (SELECT 1 FROM applied_ops WHERE uid = op) THEN
        RETURN 'replay';
    END IF;
    IF refuse THEN
        touched := 0;  -- after a refused operation on the same follow-up: refused with it
    ELSIF op_kind = 'created' THEN
        INSERT INTO followups SELECT * FROM jsonb_populate_record(NULL::followups,
            state || jsonb_build_object('uid', fu, 'version', 1, 'changed', nextval('changes'),
                'changed_by', by_whom, 'changed_at_desk', desk_name))
        ON CONFLICT (uid) DO NOTHING;
    ELSIF op_kind = 'erased' THEN
        UPDATE followups SET {", ".join(f"{c} = NULL" for c in CONTACT)}, {_STAMP}
        WHERE uid = fu;
        UPDATE followup_events SET detail = jsonb_set(detail, '{{note}}', '""')
        WHERE followup_uid = fu AND coalesce(detail->>'note', '') != '';
        UPDATE followup_events SET detail = jsonb_set(detail, '{{reason}}', '""')
        WHERE followup_uid = fu AND coalesce(detail->>'reason', '') != '';
    ELSIF op_kind = 'status' THEN
        UPDATE followups SET status = op_detail->>'to', updated_at = op_at,
            closed_at = CASE WHEN op_detail->>'to' IN ({", ".join(f"'{c}'" for c in CLOSED)})
                THEN op_at END, {_STAMP}
        WHERE uid = fu AND version = base;
        GET DIAGNOSTICS touched = ROW_COUNT;
    ELSIF op_kind = 'attempt' THEN
        UPDATE followups SET attempts = attempts + 1,
            failed_attempts = failed_attempts
                + CASE WHEN op_detail->>'attempt' IN ({", ".join(f"'{a}'" for a in FAILED)})
                  THEN 1 ELSE 0 END,
            first_attempt_at = coalesce(first_attempt_at, op_at), last_attempt_at = op_at,
            updated_at = op_at, {_STAMP}
        WHERE uid = fu AND version = base;
        GET DIAGNOSTICS touched = ROW_COUNT;
    ELSIF op_kind = 'edited' THEN
        UPDATE followups f SET ({", ".join(_EDITED)}) = (
            SELECT {", ".join(f"s.{c}" for c in _EDITED)}
            FROM jsonb_populate_record(NULL::followups, state) s), {_STAMP}
        WHERE f.uid = fu AND f.version = base;
        GET DIAGNOSTICS touched = ROW_COUNT;
    END IF;
    IF touched = 0 THEN
        outcome := 'refused';
    ELSIF op_kind IN ('created', 'erased', 'status', 'attempt', 'edited') THEN
        outcome := 'applied';
    END IF;
    IF outcome != 'refused' THEN
        INSERT INTO followup_events (uid, followup_uid, at, by, desk, kind, detail)
        VALUES (op, fu, op_at, by_whom, desk_name, op_kind, op_detail) ON CONFLICT (uid) DO NOTHING;
    END IF;
    INSERT INTO applied_ops (uid, outcome) VALUES (op, outcome);
    RETURN outcome;
END
$fn$;
REVOKE ALL ON FUNCTION apply_op(uuid, uuid, text, integer, jsonb, text, text, text, jsonb,
    boolean) FROM PUBLIC;
"""
BLOCK = 500  # codes a desk draws at a time
LOW_WATER = 100  # drawn again when fewer remain
# Past its blocks (a long time offline), a desk makes codes from its own range: its
# number on the server times 2^24, above 2^40 (storage.followups); no block reaches that.


@dataclass(frozen=True)
class Refusal:
    """An operation the server refused: the follow-up had changed meanwhile."""

    code: str
    kind: str
    status: str  # what it is now
    by: str
    desk: str
    changed: str  # when (the desk's local time, as written)


def followup_uid(db: sqlite_utils.Database, database_id: str, local_id: int) -> str:
    """The follow-up's id on the server: the one it came with, else made from this desk's
    identity (and kept on the row)."""
    row = db.execute("SELECT uid FROM followups WHERE id = ?", (local_id,)).fetchone()
    if row and row[0]:
        return str(row[0])
    uid = record_uid(database_id, "followup", local_id)
    with write_transaction(db):
        db.execute("UPDATE followups SET uid = ? WHERE id = ? AND uid IS NULL", (uid, local_id))
    return uid


def enqueue_followup_history(db: sqlite_utils.Database) -> int:
    """Queue the events of follow-ups made here before joining, each with the version it
    was based on (the state changes before it), and move the local versions on."""
    kinds = ", ".join(f"'{k}'" for k in STATE_CHANGES)
    with write_transaction(db):
        cursor = db.execute(
            "INSERT INTO outbox (kind, ref, base)"
            " SELECT 'event', e.id, (SELECT count(*) FROM followup_events p"
            f"  WHERE p.followup_id = e.followup_id AND p.id < e.id AND p.kind IN ({kinds}))"
            " FROM followup_events e"
            " WHERE json_extract(e.detail, '$.from_server') IS NULL"
            " AND e.id NOT IN (SELECT ref FROM outbox WHERE kind = 'event')"
            " AND (SELECT uid FROM followups f WHERE f.id = e.followup_id) IS NULL"
            " ORDER BY e.id"
        )
        db.execute(
            "UPDATE followups SET version = (SELECT count(*) FROM followup_events p"
            f" WHERE p.followup_id = followups.id AND p.kind IN ({kinds})) WHERE uid IS NULL"
        )
        return int(cursor.rowcount or 0)


def _local_row(db: sqlite_utils.Database, local_id: int) -> dict[str, Any]:
    cursor = db.execute(f"SELECT {', '.join(FIELDS)} FROM followups WHERE id = ?", (local_id,))
    row = cursor.fetchone()
    return dict(zip(FIELDS, row, strict=True)) if row else {}


def push_events(
    db: sqlite_utils.Database,
    cursor: psycopg.Cursor[Any],
    queued: list[tuple[int, int, int | None]],
    database_id: str,
    desk: str,
    at: str,
) -> tuple[int, list[Refusal]]:
    """Apply the queued events (outbox id, event id, base version) on the server inside
    the caller's transaction; returns how many were new there and the refusals. A
    follow-up from before this desk joined whose code another desk holds takes a new one
    first (``at``: now, for its history)."""
    new = 0
    refusals: list[Refusal] = []
    refused: set[str] = set()  # later operations on a refused follow-up go with it
    marks = ", ".join("?" * len(queued))
    events = {
        row[0]: row
        for row in db.execute(
            f"SELECT id, followup_id, at, by, kind, detail FROM followup_events"
            f" WHERE id IN ({marks})",
            [ref for _, ref, _ in queued],
        )
    }
    created = [row[1] for row in events.values() if row[4] == "created"]
    for local_id in _codes_taken(db, cursor, database_id, created):
        recode(db, local_id, at)
    for _outbox_id, ref, base in queued:
        if ref not in events:
            continue
        _, local_id, at, by, kind, detail_text = events[ref]
        op = record_uid(database_id, "event", ref)
        uid = followup_uid(db, database_id, local_id)
        state = _state(db, local_id, at) if kind in ("created", "edited") else {}
        cursor.execute(
            f"SELECT {SCHEMA}.apply_op(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (op, uid, kind, base or 0, detail_text, at, by, desk, json.dumps(state),
             uid in refused),
        )  # fmt: skip
        row = cursor.fetchone()
        outcome = str(row[0]) if row else "refused"
        if outcome == "refused":
            refused.add(uid)
            refusals.append(_refusal(cursor, uid, kind))
        elif outcome != "replay":
            new += 1
    return new, refusals


def _codes_taken(
    db: sqlite_utils.Database, cursor: psycopg.Cursor[Any], database_id: str, ids: list[int]
) -> list[int]:
    """Of these follow-ups, those whose code the server holds for another follow-up (one
    handed out at another desk while both ran alone)."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    local = {
        code: (local_id, uid or record_uid(database_id, "followup", local_id))
        for local_id, code, uid in db.execute(
            f"SELECT id, code, uid FROM followups WHERE id IN ({marks})", ids
        )
    }
    cursor.execute(
        f"SELECT code, uid::text FROM {SCHEMA}.followups_public WHERE code = ANY(%s)",
        (list(local),),
    )
    return [local[code][0] for code, uid in cursor.fetchall() if uid != local[code][1]]


def recode(db: sqlite_utils.Database, local_id: int, at: str) -> str:
    """Give this desk's follow-up a new code from the library's sequence (its own was
    handed out at another desk too); the old one stays with it, so the code on the
    patron's slip still finds it, and its history says so. Returns the new code."""
    new = FollowUpRepository(db).reserve_code()
    with write_transaction(db):
        (old,) = db.execute("SELECT code FROM followups WHERE id = ?", (local_id,)).fetchone()
        db.execute(
            "UPDATE followups SET code = ?, former_code = coalesce(former_code, ?) WHERE id = ?",
            (new, old, local_id),
        )
        db.execute(
            "INSERT INTO followup_events (followup_id, at, by, kind, detail)"
            " VALUES (?, ?, ?, 'recoded', ?)",
            (local_id, at, SERVER_NAME, json.dumps({"from": old, "to": new})),
        )
    return new


def _state(db: sqlite_utils.Database, local_id: int, at: str) -> dict[str, Any]:
    """The follow-up's columns as the server's record takes them (JSON types), for a
    creation (the state it was created with: later events replay onto it) or an edit."""
    row = _local_row(db, local_id)
    row["consent"] = bool(row["consent"])
    row["phone_mobile"] = None if row["phone_mobile"] is None else bool(row["phone_mobile"])
    row.update(status="open", attempts=0, failed_attempts=0, closed_at=None)
    row.update(first_attempt_at=None, last_attempt_at=None, updated_at=at)
    return row


def _refusal(cursor: psycopg.Cursor[Any], uid: str, kind: str) -> Refusal:
    cursor.execute(
        "SELECT code, status, changed_by, changed_at_desk, updated_at"
        f" FROM {SCHEMA}.followups_public"
        " WHERE uid = %s",
        (uid,),
    )
    code, status, by, desk, changed = cursor.fetchone() or ("?", "?", "?", "?", "")
    return Refusal(code, kind, status, by, desk, changed)


def note_refusals(db: sqlite_utils.Database, refusals: list[Refusal], at: str) -> None:
    if not refusals:
        return
    with write_transaction(db):
        db.conn.executemany(
            "INSERT INTO sync_rejections (at, code, kind, status, by, desk, changed)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(at, r.code, r.kind, r.status, r.by, r.desk, r.changed) for r in refusals],
        )


def unseen_refusals(db: sqlite_utils.Database) -> list[Refusal]:
    rows = db.execute(
        "SELECT code, kind, status, by, desk, changed FROM sync_rejections WHERE NOT seen"
        " ORDER BY id"
    ).fetchall()
    return [Refusal(*row) for row in rows]


def mark_refusals_seen(db: sqlite_utils.Database) -> None:
    with write_transaction(db):
        db.execute("UPDATE sync_rejections SET seen = 1 WHERE NOT seen")


PULL_CURSOR_KEY = "server_pulled_up_to"


def pull_followups(db: sqlite_utils.Database, connection: psycopg.Connection[Any], at: str) -> int:
    """Take the server's state of every follow-up changed since the last pull (a follow-up
    with operations still waiting here is left for the next pull). Returns how many.
    ``at``: now, for the history of a follow-up of this desk that must take a new code."""
    from desk_assistant.storage.server import reads_contacts

    row = db.execute("SELECT value FROM app_state WHERE key = ?", (PULL_CURSOR_KEY,)).fetchone()
    since = int(row[0]) if row else 0
    received = 0
    # A role for reports only reads the follow-ups without patrons' contact details, and
    # only whether the follow-up still holds some (erased elsewhere: erased here too).
    contacts = reads_contacts(connection)
    columns = FIELDS if contacts else (*PUBLIC_FIELDS, "has_contact")
    source = "followups" if contacts else "followups_public"
    while True:
        with connection.transaction():
            rows = connection.execute(
                f"SELECT uid::text, version, changed, {', '.join(columns)} FROM {SCHEMA}.{source}"
                " WHERE changed > %s ORDER BY changed LIMIT 1000",
                (since,),
            ).fetchall()
        if not rows:
            return received
        waiting = {
            r[0]
            for r in db.execute(
                "SELECT DISTINCT f.uid FROM outbox o JOIN followup_events e ON e.id = o.ref"
                " JOIN followups f ON f.id = e.followup_id WHERE o.kind = 'event'"
            )
        }
        cursor_to = since
        recode_later: list[int] = []
        with write_transaction(db):
            for uid, version, changed, *values in rows:
                if uid in waiting:
                    break  # its own operations go first; the next pull takes it
                data = dict(zip(columns, values, strict=True))
                if data.pop("has_contact", True) is False:
                    data.update(dict.fromkeys(CONTACT))
                holder = db.execute(
                    "SELECT id FROM followups WHERE code = ? AND coalesce(uid, '') != ?",
                    (data["code"], uid),
                ).fetchone()
                if holder:  # one of this desk's, not yet sent, made while it ran alone
                    recode_later.append(int(holder[0]))
                    break
                data["consent"] = int(bool(data["consent"]))
                if data.get("phone_mobile") is not None:
                    data["phone_mobile"] = int(data["phone_mobile"])
                local = db.execute(
                    f"SELECT id, coalesce({', '.join(CONTACT)}) IS NOT NULL FROM followups"
                    " WHERE uid = ?",
                    (uid,),
                ).fetchone()
                if local:
                    sets = ", ".join(f"{c} = ?" for c in data)
                    db.execute(
                        f"UPDATE followups SET {sets}, version = ? WHERE id = ?",
                        [*data.values(), version, local[0]],
                    )
                    if local[1] and all(c in data and data[c] is None for c in CONTACT):
                        _erased_elsewhere(db, local[0], str(data["code"]))
                else:
                    names = ", ".join(data)
                    db.execute(
                        f"INSERT INTO followups ({names}, uid, version)"
                        f" VALUES ({', '.join('?' * len(data))}, ?, ?)",
                        [*data.values(), uid, version],
                    )
                received += 1
                cursor_to = changed
            AppState(db).set(PULL_CURSOR_KEY, str(cursor_to))
        if recode_later:  # then the server's follow-up takes its code here
            recode(db, recode_later[0], at)
            since = cursor_to
            continue
        if cursor_to == since or len(rows) < 1000:
            return received
        since = cursor_to


def _erased_elsewhere(db: sqlite_utils.Database, local_id: int, code: str) -> None:
    """A patron's contact erased at another desk (a request, the retention): here too, with
    the free text about them, and in this desk's ledger, so a restore erases it again."""
    from datetime import UTC, datetime

    for key in ("note", "reason"):
        db.execute(
            f"UPDATE followup_events SET detail = json_set(detail, '$.{key}', '',"
            f" '$.{key}_erased', json('true')) WHERE followup_id = ?"
            f" AND coalesce(json_extract(detail, '$.{key}'), '') != ''",
            (local_id,),
        )
    db.execute(
        "INSERT INTO erasure_ledger (followup_id, code, erased_at, why)"
        " VALUES (?, ?, ?, 'another desk')",
        (local_id, code, datetime.now(UTC).isoformat(timespec="seconds")),
    )


# --- reference codes -------------------------------------------------------------------


def codes_left(db: sqlite_utils.Database) -> int:
    values = dict(
        db.execute(
            "SELECT key, value FROM app_state WHERE key IN (?, ?)", (BLOCK_NEXT, BLOCK_END)
        ).fetchall()
    )
    return max(0, int(values.get(BLOCK_END, 0)) - int(values.get(BLOCK_NEXT, 0)))


def draw_codes(
    db: sqlite_utils.Database, connection: psycopg.Connection[Any], at_least: int = 0
) -> None:
    """Draw a block of the code sequence when fewer than LOW_WATER remain (the counter
    moves past ``at_least``, this desk's own sequence before it joined)."""
    if codes_left(db) >= LOW_WATER:
        return
    with connection.transaction():
        row = connection.execute(
            f"UPDATE {SCHEMA}.code_counter SET next = greatest(next, %s) + %s RETURNING next - %s",
            (at_least, BLOCK, BLOCK),
        ).fetchone()
    first = int(row[0]) if row else 0
    with write_transaction(db):
        for key, value in ((BLOCK_NEXT, first), (BLOCK_END, first + BLOCK)):
            AppState(db).set(key, str(value))


def desk_number(connection: psycopg.Connection[Any], desk: str) -> int:
    with connection.transaction():
        row = connection.execute(
            f"SELECT number FROM {SCHEMA}.desks WHERE name = %s", (desk,)
        ).fetchone()
    return int(row[0]) if row else 0


def erase_on_server(
    connection: psycopg.Connection[Any],
    why: str,
    closed_before: str | None = None,
    codes: tuple[str, ...] = (),
) -> list[str]:
    """Erase patrons' contact details on the server (follow-ups closed before
    ``closed_before``, an ISO time: the retention; or those with ``codes``: a request),
    with the free text about them; each desk takes it at its next sync, an offline one
    too. Returns the codes erased."""
    contact = " OR ".join(f"{c} IS NOT NULL" for c in CONTACT)
    if closed_before is not None:
        # As times (the desks write theirs with their own UTC offset), not as text.
        chosen = "closed_at IS NOT NULL AND closed_at::timestamptz < %s::timestamptz"
        args: tuple[Any, ...] = (closed_before,)
    else:
        chosen, args = "code = ANY(%s)", (list(codes),)
    with connection.transaction():
        rows = connection.execute(
            f"UPDATE {SCHEMA}.followups SET {', '.join(f'{c} = NULL' for c in CONTACT)},"
            f" version = version + 1, changed = nextval('{SCHEMA}.changes'),"
            " changed_by = %s, changed_at_desk = %s"
            f" WHERE ({chosen}) AND ({contact}) RETURNING uid, code",
            (SERVER_NAME, SERVER_NAME, *args),
        ).fetchall()
        for key in ("note", "reason"):
            connection.execute(
                f"UPDATE {SCHEMA}.followup_events SET detail = jsonb_set(detail, %s, '\"\"')"
                " WHERE followup_uid = ANY(%s) AND coalesce(detail->>%s, '') != ''",
                ([key], [uid for uid, _ in rows], key),
            )
        if rows:
            connection.cursor().executemany(
                f"INSERT INTO {SCHEMA}.erasure_ledger (code, why) VALUES (%s, %s)",
                [(code, why) for _, code in rows],
            )
    return [code for _, code in rows]
