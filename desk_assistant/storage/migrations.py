"""The schema, only ever changed by adding a named migration at the end."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("desk_assistant")


@MIGRATIONS(name="0001_shifts_interactions_packs")
def _initial(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE shifts (
            id INTEGER PRIMARY KEY,
            staff TEXT NOT NULL,
            desk TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT
        )
        """
    )
    # Statistics only: never a patron's personal data in this table.
    db.execute(
        """
        CREATE TABLE interactions (
            id INTEGER PRIMARY KEY,
            shift_id INTEGER REFERENCES shifts(id),
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            duration_s REAL NOT NULL,
            desk TEXT NOT NULL,
            staff TEXT NOT NULL,
            pack_id TEXT NOT NULL,
            pack_version INTEGER NOT NULL,
            language TEXT NOT NULL,
            segment TEXT NOT NULL,
            need TEXT,
            needs TEXT NOT NULL DEFAULT '[]',
            steps TEXT NOT NULL DEFAULT '[]',
            outcome TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_interactions_started ON interactions(started_at)")
    db.execute("CREATE INDEX idx_interactions_shift ON interactions(shift_id)")
    db.execute(
        """
        CREATE TABLE script_packs (
            id INTEGER PRIMARY KEY,
            pack_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            source TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            installed_at TEXT NOT NULL,
            installed_by TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX idx_script_packs_pack ON script_packs(pack_id, version)")
    db.execute("CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@MIGRATIONS(name="0002_unavailable_options_followups")
def _followups(db: sqlite_utils.Database) -> None:
    # Statistics of unavailable material: still no personal data.
    db.execute("ALTER TABLE interactions ADD COLUMN unavailable INTEGER NOT NULL DEFAULT 0")
    # 1: the patron left with a next step; 0: declined all options; NULL: not applicable.
    db.execute("ALTER TABLE interactions ADD COLUMN next_step INTEGER")
    db.execute(
        """
        CREATE TABLE interaction_options (
            interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
            option TEXT NOT NULL,
            chosen INTEGER NOT NULL,
            PRIMARY KEY (interaction_id, option)
        )
        """
    )
    # The promise to a patron. patron_name, phone, email are personal data, kept only
    # with consent and only for this follow-up.
    db.execute(
        """
        CREATE TABLE followups (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            due_date TEXT,
            status TEXT NOT NULL,
            desk TEXT NOT NULL,
            staff TEXT NOT NULL,
            interaction_id INTEGER REFERENCES interactions(id),
            reason TEXT NOT NULL,
            item_title TEXT NOT NULL,
            item_author TEXT NOT NULL DEFAULT '',
            item_call_number TEXT NOT NULL DEFAULT '',
            options TEXT NOT NULL,
            consent INTEGER NOT NULL,
            patron_name TEXT,
            phone TEXT,
            phone_mobile INTEGER,
            email TEXT,
            channel TEXT,
            language TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            closed_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX idx_followups_status_due ON followups(status, due_date)")
    db.execute("CREATE INDEX idx_followups_due ON followups(due_date)")
    db.execute(
        """
        CREATE TABLE followup_events (
            id INTEGER PRIMARY KEY,
            followup_id INTEGER NOT NULL REFERENCES followups(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute("CREATE INDEX idx_followup_events_followup ON followup_events(followup_id)")


@MIGRATIONS(name="0003_followup_queue")
def _queue(db: sqlite_utils.Database) -> None:
    # Counters kept with each attempt, so the queue can sort and flag without scanning events.
    db.execute("ALTER TABLE followups ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE followups ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE followups ADD COLUMN first_attempt_at TEXT")
    db.execute("ALTER TABLE followups ADD COLUMN last_attempt_at TEXT")
    db.execute("CREATE INDEX idx_followups_desk_due ON followups(desk, due_date)")
    db.execute("CREATE INDEX idx_followups_staff_due ON followups(staff, due_date)")
    db.execute("CREATE INDEX idx_followups_desk_status ON followups(desk, status, due_date)")
    db.execute("CREATE INDEX idx_followups_staff_status ON followups(staff, status, due_date)")
    db.execute(
        "CREATE INDEX idx_followups_failed ON followups(failed_attempts, due_date)"
        " WHERE status IN ('open', 'in_progress')"
    )
    db.execute("CREATE INDEX idx_followups_created ON followups(created_at)")
    # Full-text search by code, item and patron name; kept in step by triggers, so erasing
    # a name from followups erases it from the index too.
    db.execute(
        """
        CREATE VIRTUAL TABLE followups_fts USING fts5(
            code, item_title, item_author, item_call_number, patron_name,
            content='followups', content_rowid='id', tokenize='unicode61 remove_diacritics 2',
            prefix='1 2 3'
        )
        """
    )
    columns = "code, item_title, item_author, item_call_number, patron_name"

    def values(row: str) -> str:
        return (
            f"{row}.code, {row}.item_title, {row}.item_author, {row}.item_call_number, "
            f"coalesce({row}.patron_name, '')"
        )

    db.execute(
        f"""
        CREATE TRIGGER followups_fts_insert AFTER INSERT ON followups BEGIN
            INSERT INTO followups_fts(rowid, {columns}) VALUES (new.id, {values("new")});
        END
        """
    )
    db.execute(
        f"""
        CREATE TRIGGER followups_fts_delete AFTER DELETE ON followups BEGIN
            INSERT INTO followups_fts(followups_fts, rowid, {columns})
            VALUES ('delete', old.id, {values("old")});
        END
        """
    )
    db.execute(
        f"""
        CREATE TRIGGER followups_fts_update
        AFTER UPDATE OF code, item_title, item_author, item_call_number, patron_name
        ON followups BEGIN
            INSERT INTO followups_fts(followups_fts, rowid, {columns})
            VALUES ('delete', old.id, {values("old")});
            INSERT INTO followups_fts(rowid, {columns}) VALUES (new.id, {values("new")});
        END
        """
    )
    existing = values("followups")
    db.execute(f"INSERT INTO followups_fts(rowid, {columns}) SELECT id, {existing} FROM followups")


@MIGRATIONS(name="0004_audit_log")
def _audit(db: sqlite_utils.Database) -> None:
    # Who did what and when: never the personal data itself. Append-only.
    db.execute(
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            role TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute("CREATE INDEX idx_audit_at ON audit_log(at)")
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"""
            CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log BEGIN
                SELECT RAISE(ABORT, 'the audit log is append-only');
            END
            """
        )


def _phone_as_shown_0005(e164: str) -> str:
    """How migration 0005 shows a number, frozen here: a migration does what it did when it
    was written, whatever the domain's ``format_phone`` becomes later."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, "ID")
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == "ID":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@MIGRATIONS(name="0005_phone_national")
def _phone_national(db: sqlite_utils.Database) -> None:
    # The number as shown (0812-3456-7890), formatted once when stored: exports of 100 000
    # follow-ups would otherwise spend most of their time formatting phone numbers.
    # Personal data like the phone itself: erased with it.
    db.execute("ALTER TABLE followups ADD COLUMN phone_national TEXT")
    rows = db.execute("SELECT id, phone FROM followups WHERE phone IS NOT NULL").fetchall()
    db.conn.executemany(
        "UPDATE followups SET phone_national = ? WHERE id = ?",
        [(_phone_as_shown_0005(phone), fid) for fid, phone in rows],
    )


@MIGRATIONS(name="0006_report_index")
def _report_index(db: sqlite_utils.Database) -> None:
    # A covering index for the reports: a year of interactions is read from the index
    # (about 40 bytes a row) instead of the table (which also holds the steps walked).
    db.execute(
        "CREATE INDEX idx_interactions_report ON interactions"
        "(started_at, need, outcome, desk, unavailable, next_step, duration_s)"
    )


# The reports read these running totals, kept by triggers in the same transaction as each
# interaction, so a year of history is a few thousand rows to read, not 300 000. They
# hold counts only (no staff names, no personal data). Statistics are append-only:
# interactions and their options can be neither changed nor deleted, so the totals stay
# exact by construction.
REPORT_TABLES = (
    """
    CREATE TABLE report_hours (
        hour TEXT PRIMARY KEY,  -- 'YYYY-MM-DDTHH' of started_at, the desk's local time
        count INTEGER NOT NULL
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE report_days (
        day TEXT NOT NULL,
        need TEXT NOT NULL,  -- '' when no need was chosen
        outcome TEXT NOT NULL,
        desk TEXT NOT NULL,
        unavailable INTEGER NOT NULL,
        next_step INTEGER NOT NULL,  -- -1 when the material was available
        count INTEGER NOT NULL,
        PRIMARY KEY (day, need, outcome, desk, unavailable, next_step)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE report_durations (
        day TEXT NOT NULL,
        seconds INTEGER NOT NULL,  -- whole seconds; patrons served (not abandoned)
        count INTEGER NOT NULL,
        PRIMARY KEY (day, seconds)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE report_options (
        day TEXT NOT NULL,
        option TEXT NOT NULL,
        offered INTEGER NOT NULL,
        chosen INTEGER NOT NULL,
        PRIMARY KEY (day, option)
    ) WITHOUT ROWID
    """,
)
REPORT_TOTALS = ("report_hours", "report_days", "report_durations", "report_options")
REPORT_TRIGGERS = (
    """
    CREATE TRIGGER report_interaction_added AFTER INSERT ON interactions BEGIN
        INSERT INTO report_hours VALUES (substr(NEW.started_at, 1, 13), 1)
        ON CONFLICT DO UPDATE SET count = count + 1;
        INSERT INTO report_days VALUES (
            substr(NEW.started_at, 1, 10), coalesce(NEW.need, ''), NEW.outcome, NEW.desk,
            NEW.unavailable, coalesce(NEW.next_step, -1), 1
        ) ON CONFLICT DO UPDATE SET count = count + 1;
        INSERT INTO report_durations
            SELECT substr(NEW.started_at, 1, 10), CAST(NEW.duration_s AS INTEGER), 1
            WHERE NEW.outcome != 'abandoned'
        ON CONFLICT DO UPDATE SET count = count + 1;
    END
    """,
    """
    CREATE TRIGGER report_option_added AFTER INSERT ON interaction_options BEGIN
        INSERT INTO report_options
            SELECT substr(started_at, 1, 10), NEW.option, 1, NEW.chosen
            FROM interactions WHERE id = NEW.interaction_id
        ON CONFLICT DO UPDATE SET offered = offered + 1, chosen = chosen + excluded.chosen;
    END
    """,
    *(
        f"""
        CREATE TRIGGER {table}_append_only_{action.lower()} BEFORE {action} ON {table} BEGIN
            SELECT RAISE(ABORT, 'statistics are append-only');
        END
        """
        for table in ("interactions", "interaction_options")
        for action in ("UPDATE", "DELETE")
    ),
)


def rebuild_report_totals(db: sqlite_utils.Database) -> None:
    """Fill the report totals from the interactions (the migration; tests compare)."""
    for table in REPORT_TOTALS:
        db.execute(f"DELETE FROM {table}")
    db.execute(
        "INSERT INTO report_hours SELECT substr(started_at, 1, 13), count(*) FROM interactions"
        " GROUP BY 1"
    )
    db.execute(
        "INSERT INTO report_days SELECT substr(started_at, 1, 10), coalesce(need, ''),"
        " outcome, desk, unavailable, coalesce(next_step, -1), count(*) FROM interactions"
        " GROUP BY 1, 2, 3, 4, 5, 6"
    )
    db.execute(
        "INSERT INTO report_durations SELECT substr(started_at, 1, 10),"
        " CAST(duration_s AS INTEGER), count(*) FROM interactions"
        " WHERE outcome != 'abandoned' GROUP BY 1, 2"
    )
    db.execute(
        "INSERT INTO report_options SELECT substr(i.started_at, 1, 10), o.option, count(*),"
        " sum(o.chosen) FROM interaction_options o JOIN interactions i"
        " ON i.id = o.interaction_id GROUP BY 1, 2"
    )


@MIGRATIONS(name="0007_report_totals")
def _report_totals(db: sqlite_utils.Database) -> None:
    for statement in REPORT_TABLES:
        db.execute(statement)
    rebuild_report_totals(db)
    for statement in REPORT_TRIGGERS:
        db.execute(statement)
    # The reports no longer scan interactions: their covering index (0006) only cost space.
    db.execute("DROP INDEX IF EXISTS idx_interactions_report")


# "DSKA" in the file's header: this SQLite file is a Desk Assistant database.
APPLICATION_ID = 0x44534B41


@MIGRATIONS(name="0008_identity_and_erasure_ledger")
def _identity(db: sqlite_utils.Database) -> None:
    # Every database gets a stable identity at creation: its backups carry it in their
    # names and content, so two databases sharing a backup folder never mix. The first
    # eight hex digits also go into the header (user_version), where they can be read
    # without SQLite and compared with what the write-ahead log says.
    import uuid
    from datetime import UTC, datetime

    identity = uuid.uuid4().hex
    db.execute(
        "CREATE TABLE database_identity ("
        " id TEXT PRIMARY KEY, created_at TEXT NOT NULL, file_name TEXT NOT NULL)"
    )
    row = db.execute("PRAGMA database_list").fetchone()
    file_name = row[2].replace("\\", "/").rsplit("/", 1)[-1] if row and row[2] else ""
    db.execute(
        "INSERT INTO database_identity (id, created_at, file_name) VALUES (?, ?, ?)",
        (identity, datetime.now(UTC).isoformat(timespec="seconds"), file_name),
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {int(identity[:8], 16) & 0x7FFFFFFF}")
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER database_identity_no_{event.lower()} BEFORE {event}"
            " ON database_identity BEGIN"
            " SELECT RAISE(ABORT, 'the identity of a database never changes'); END"
        )
    # Which follow-ups had their contact erased, and when: ids and times only, never
    # personal data. A restore applies these again, so an erased patron stays erased.
    db.execute(
        "CREATE TABLE erasure_ledger ("
        " followup_id INTEGER NOT NULL, code TEXT NOT NULL, erased_at TEXT NOT NULL,"
        " why TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX idx_erasure_ledger_at ON erasure_ledger(erased_at)")
    db.execute(
        "INSERT INTO erasure_ledger (followup_id, code, erased_at, why)"
        " SELECT f.id, f.code, e.at, coalesce(json_extract(e.detail, '$.why'), 'request')"
        " FROM followup_events e JOIN followups f ON f.id = e.followup_id"
        " WHERE e.kind = 'erased'"
    )


def _audit_row_hash(previous: str, row: tuple[object, ...]) -> str:
    # Frozen copy of storage.audit.row_hash as it was when this migration was written.
    import hashlib
    import json

    text = json.dumps([previous, *row], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@MIGRATIONS(name="0009_audit_chain")
def _audit_chain(db: sqlite_utils.Database) -> None:
    # Each audit row carries a hash of itself and of the row before it: an edited,
    # deleted or inserted row breaks the chain where it happened.
    db.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT")
    previous = ""
    rows = db.execute("SELECT id, at, who, role, action, detail FROM audit_log ORDER BY id")
    hashes = []
    for row in rows.fetchall():
        previous = _audit_row_hash(previous, tuple(row))
        hashes.append((previous, row[0]))
    db.execute("DROP TRIGGER audit_log_no_update")
    db.conn.executemany("UPDATE audit_log SET hash = ? WHERE id = ?", hashes)
    db.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
        " SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    # INSERT OR REPLACE deletes the row it replaces without firing DELETE triggers: refuse
    # any insert whose id is taken, from any connection (a pragma would bind only ours).
    db.execute(
        "CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log"
        " WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) BEGIN"
        " SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


@MIGRATIONS(name="0010_audit_by_action")
def _audit_by_action(db: sqlite_utils.Database) -> None:
    # The PIN lockout and the recovery code are read from the audit log by action.
    db.execute("CREATE INDEX idx_audit_action ON audit_log(action, id)")


@MIGRATIONS(name="0011_interaction_pack_sha256")
def _interaction_pack_sha256(db: sqlite_utils.Database) -> None:
    # A pack version is its content: each interaction names the exact text that was said
    # (the SHA-256 of the pack's source); rows from before stay NULL.
    db.execute("ALTER TABLE interactions ADD COLUMN pack_sha256 TEXT")


@MIGRATIONS(name="0012_report_breakdowns")
def _report_breakdowns(db: sqlite_utils.Database) -> None:
    # Reports break interactions down by desk, staff, segment and language, and filter on
    # them: one pass over this index for the period's rows (the running totals of 0007
    # keep none of staff, segment or language, and a cube of them would be as large as
    # the table itself).
    db.execute(
        "CREATE INDEX idx_interactions_breakdown ON interactions(started_at, desk, staff,"
        " segment, language, need, outcome, unavailable, next_step, duration_s)"
    )


@MIGRATIONS(name="0013_library_calendar")
def _library_calendar(db: sqlite_utils.Database) -> None:
    # The supervisor's own days: closed (a local closure, cuti bersama not in the national
    # list) or open despite a holiday. The opening weekdays live in app_state.
    db.execute(
        "CREATE TABLE library_days ("
        " day TEXT PRIMARY KEY, open INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '')"
    )


@MIGRATIONS(name="0014_server_outbox")
def _server_outbox(db: sqlite_utils.Database) -> None:
    # What the library server has yet to receive, written in the same transaction as the
    # record itself, once this desk has joined a server (app_state 'server_conninfo').
    # Only the kind and the local id: the record is read when it is pushed (interactions
    # and audit rows never change).
    db.execute(
        "CREATE TABLE outbox ( id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref INTEGER NOT NULL)"
    )
    for kind, table in (("interaction", "interactions"), ("audit", "audit_log")):
        db.execute(
            f"CREATE TRIGGER outbox_{table} AFTER INSERT ON {table}"
            " WHEN EXISTS (SELECT 1 FROM app_state WHERE key = 'server_conninfo')"
            f" BEGIN INSERT INTO outbox (kind, ref) VALUES ('{kind}', NEW.id); END"
        )


@MIGRATIONS(name="0015_shared_followups")
def _shared_followups(db: sqlite_utils.Database) -> None:
    # Follow-ups shared through a library server: each has an id there (uid) and the
    # server's version this copy is based on. Every event recorded at this desk (created,
    # edited, status, attempt, erased, reveal) is queued with that version, and a change
    # of state moves the local copy one version on, so operations made offline chain.
    # Events that came from the server carry "from_server" and are not sent back.
    db.execute("ALTER TABLE followups ADD COLUMN uid TEXT")
    db.execute("ALTER TABLE followups ADD COLUMN version INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE UNIQUE INDEX idx_followups_uid ON followups(uid) WHERE uid IS NOT NULL")
    db.execute("ALTER TABLE outbox ADD COLUMN base INTEGER")
    db.execute(
        "CREATE TRIGGER outbox_followup_events AFTER INSERT ON followup_events"
        " WHEN EXISTS (SELECT 1 FROM app_state WHERE key = 'server_conninfo')"
        " AND json_extract(NEW.detail, '$.from_server') IS NULL"
        " BEGIN"
        " INSERT INTO outbox (kind, ref, base) VALUES"
        " ('event', NEW.id, (SELECT version FROM followups WHERE id = NEW.followup_id));"
        " UPDATE followups SET version = version + 1 WHERE id = NEW.followup_id"
        " AND NEW.kind IN ('created', 'edited', 'status', 'attempt', 'erased');"
        " END"
    )
    # Rejected operations, to show at the desk (what happened instead, by whom, when).
    db.execute(
        "CREATE TABLE sync_rejections ("
        " id INTEGER PRIMARY KEY, at TEXT NOT NULL, code TEXT NOT NULL, kind TEXT NOT NULL,"
        " status TEXT NOT NULL, by TEXT NOT NULL, desk TEXT NOT NULL, changed TEXT NOT NULL,"
        " seen INTEGER NOT NULL DEFAULT 0)"
    )


@MIGRATIONS(name="0016_shared_pack")
def _shared_pack(db: sqlite_utils.Database) -> None:
    # A pack published at this desk goes to the library server (the last one published
    # is the library's). One taken from the server is marked first, so it is not sent back.
    for event in ("INSERT", "UPDATE OF value"):
        name = "insert" if event == "INSERT" else "update"
        db.execute(
            f"CREATE TRIGGER outbox_pack_{name} AFTER {event} ON app_state"
            " WHEN NEW.key = 'active_pack_row'"
            " AND EXISTS (SELECT 1 FROM app_state WHERE key = 'server_conninfo')"
            " AND NEW.value != coalesce("
            "  (SELECT value FROM app_state WHERE key = 'server_pack_pulled'), '')"
            # The bundled pack installed by the program itself is not a trainer's choice:
            # it never replaces the library's.
            " AND (SELECT installed_by FROM script_packs"
            "  WHERE id = CAST(NEW.value AS INTEGER)) != 'system'"
            " BEGIN INSERT INTO outbox (kind, ref) VALUES ('pack', CAST(NEW.value AS INTEGER));"
            " END"
        )


@MIGRATIONS(name="0017_library_statistics")
def _library_statistics(db: sqlite_utils.Database) -> None:
    # Interactions of the other desks, taken from the library server by a desk that keeps
    # the library's statistics: "origin" names their desk, and they are never sent back.
    db.execute("ALTER TABLE interactions ADD COLUMN origin TEXT")
    db.execute("DROP TRIGGER outbox_interactions")
    db.execute(
        "CREATE TRIGGER outbox_interactions AFTER INSERT ON interactions"
        " WHEN NEW.origin IS NULL"
        " AND EXISTS (SELECT 1 FROM app_state WHERE key = 'server_conninfo')"
        " BEGIN INSERT INTO outbox (kind, ref) VALUES ('interaction', NEW.id); END"
    )


@MIGRATIONS(name="0018_report_people")
def _report_people(db: sqlite_utils.Database) -> None:
    # The breakdowns by desk, staff, segment and language as running totals per day (a
    # few dozen rows a day), like the other report totals: a report over years reads
    # these rather than an index entry per interaction. Staff names are not patron data.
    db.execute(
        "CREATE TABLE report_people (day TEXT NOT NULL, desk TEXT NOT NULL,"
        " staff TEXT NOT NULL, segment TEXT NOT NULL, language TEXT NOT NULL,"
        " count INTEGER NOT NULL, PRIMARY KEY (day, desk, staff, segment, language))"
        " WITHOUT ROWID"
    )
    db.execute(
        "INSERT INTO report_people SELECT substr(started_at, 1, 10), desk, staff, segment,"
        " language, count(*) FROM interactions GROUP BY 1, 2, 3, 4, 5"
    )
    db.execute(
        "CREATE TRIGGER report_people_added AFTER INSERT ON interactions BEGIN"
        " INSERT INTO report_people VALUES (substr(NEW.started_at, 1, 10), NEW.desk,"
        " NEW.staff, NEW.segment, NEW.language, 1) ON CONFLICT DO UPDATE SET count = count + 1;"
        " END"
    )
    # The follow-up figures of a period read one index: no lookup of each row.
    db.execute(
        "CREATE INDEX idx_followups_report ON followups(created_at, status, due_date,"
        " first_attempt_at, closed_at, desk, staff, language, interaction_id)"
    )


@MIGRATIONS(name="0019_former_code")
def _former_code(db: sqlite_utils.Database) -> None:
    # A desk that ran alone before joining a library server may have handed out a code
    # another desk had handed out too: its follow-up takes a new code from the library's
    # sequence, and the code on the patron's slip is kept here, so it still finds it.
    db.execute("ALTER TABLE followups ADD COLUMN former_code TEXT")
    db.execute(
        "CREATE INDEX idx_followups_former_code ON followups(former_code)"
        " WHERE former_code IS NOT NULL"
    )


@MIGRATIONS(name="0020_patron_feedback")
def _patron_feedback(db: sqlite_utils.Database) -> None:
    # A patron's rating at the close: what the service was (need, outcome, segment,
    # language, desk, the hour), never who gave it nor who served (no interaction id, no
    # staff): a rating cannot be traced back to a patron by its time and staff.
    db.execute(
        "CREATE TABLE satisfaction (id INTEGER PRIMARY KEY, day TEXT NOT NULL,"
        " hour INTEGER NOT NULL, desk TEXT NOT NULL, need TEXT, outcome TEXT NOT NULL,"
        " segment TEXT NOT NULL, language TEXT NOT NULL,"
        " rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4))"  # 0: no answer
    )
    db.execute("CREATE INDEX idx_satisfaction_day ON satisfaction(day)")
    # Per staff member, only totals per month (shown when enough patrons were served).
    db.execute(
        "CREATE TABLE satisfaction_staff (month TEXT NOT NULL, staff TEXT NOT NULL,"
        " served INTEGER NOT NULL DEFAULT 0, ratings INTEGER NOT NULL DEFAULT 0,"
        " total INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (month, staff)) WITHOUT ROWID"
    )
    # The SKM survey (PermenPANRB 14/2017): periods the supervisor starts and ends, and the
    # answers to its nine elements (1-4, NULL: not answered), the optional profile and
    # suggestion. The day only: an answer cannot be put beside an interaction.
    db.execute(
        "CREATE TABLE skm_periods (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL,"
        " started_by TEXT NOT NULL, ended_at TEXT, ended_by TEXT)"
    )
    answers = ", ".join(f"u{n} INTEGER CHECK (u{n} BETWEEN 1 AND 4)" for n in range(1, 10))
    db.execute(
        "CREATE TABLE skm_responses (id INTEGER PRIMARY KEY,"
        " period_id INTEGER NOT NULL REFERENCES skm_periods(id), day TEXT NOT NULL,"
        f" desk TEXT NOT NULL, {answers}, sex TEXT, age_band TEXT, education TEXT,"
        " occupation TEXT, service TEXT, suggestion TEXT NOT NULL DEFAULT '')"
    )
    db.execute("CREATE INDEX idx_skm_responses_period ON skm_responses(period_id)")


@MIGRATIONS(name="0021_shared_feedback")
def _shared_feedback(db: sqlite_utils.Database) -> None:
    # Patrons' ratings and the SKM survey through a library server: a desk's ratings and
    # answers go up (never the staff month totals, which stay with the desk); the survey
    # periods are the library's (one started at the supervisor's PC is running at every
    # desk); a desk keeping the library's statistics takes the other desks' ratings and
    # answers ("origin": their desk; never sent back). A period's "uid" names it on the
    # server; "pulled" marks a row last written from the server (not sent back).
    db.execute("ALTER TABLE satisfaction ADD COLUMN origin TEXT")
    db.execute("ALTER TABLE skm_responses ADD COLUMN origin TEXT")
    db.execute("ALTER TABLE skm_periods ADD COLUMN uid TEXT")
    db.execute("ALTER TABLE skm_periods ADD COLUMN pulled INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE UNIQUE INDEX idx_skm_periods_uid ON skm_periods(uid) WHERE uid IS NOT NULL")
    joined = "EXISTS (SELECT 1 FROM app_state WHERE key = 'server_conninfo')"
    for name, event, table, kind, own in (
        ("satisfaction", "INSERT", "satisfaction", "rating", "NEW.origin IS NULL"),
        ("skm_responses", "INSERT", "skm_responses", "skm_response", "NEW.origin IS NULL"),
        ("skm_periods_insert", "INSERT", "skm_periods", "skm_period", "NEW.pulled = 0"),
        ("skm_periods_end", "UPDATE OF ended_at", "skm_periods", "skm_period", "NEW.pulled = 0"),
    ):
        db.execute(
            f"CREATE TRIGGER outbox_{name} AFTER {event} ON {table} WHEN {own} AND {joined}"
            f" BEGIN INSERT INTO outbox (kind, ref) VALUES ('{kind}', NEW.id); END"
        )
