"""Desks and a library server (PostgreSQL, a throwaway cluster): init, join, push."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desk_assistant.app import build_services
from desk_assistant.errors import StorageError
from desk_assistant.storage import server
from tests.conftest import FakeClock
from tests.pg import Cluster

WIB = timezone(timedelta(hours=7))


def desk(path: Path):  # type: ignore[no-untyped-def]
    services = build_services(path, FakeClock(datetime(2026, 11, 24, 9, 30, tzinfo=WIB)))
    services.auth.unlock_unprotected(services.auth.role.__class__("supervisor"), "Kepala")
    return services


def serve(services, patrons: int, desk_name: str) -> None:  # type: ignore[no-untyped-def]
    services.desk.start_shift("SW", desk_name)
    for _ in range(patrons):
        flow = services.desk.new_interaction()
        flow.advance()
        services.desk.finish(flow, "id")


def test_init_twice_join_push_and_a_replay_changes_nothing(library_db: Cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    conninfo = library_db.conninfo()
    from desk_assistant.services.sync import SyncService

    every = [version for version, _ in server.SERVER_MIGRATIONS]
    assert SyncService.init_server(conninfo, []) == every
    assert SyncService.init_server(conninfo, []) == []  # idempotent
    a = desk(tmp_path / "a.db")
    serve(a, 3, "Meja 1")  # history from before the server
    assert a.sync.pending() == 0  # no server: no outbox, nothing changes
    queued = a.sync.join(conninfo, "Meja 1", "Kepala")
    assert queued >= 3  # three interactions and the audit rows so far
    serve(a, 2, "Meja 1")  # from now on, queued as they are stored
    result = a.sync.sync_once()
    assert result.sent == result.new >= queued + 2
    assert result.pending == 0
    assert library_db.sql("SELECT count(*) FROM desk_assistant.interactions")[0][0] == 5
    audit_rows = a._store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert library_db.sql("SELECT count(*) FROM desk_assistant.audit_log")[0][0] == audit_rows
    assert library_db.sql("SELECT count(*) FROM desk_assistant.packs")[0][0] == 1  # its pack
    assert result.sent == 5 + audit_rows + 1
    # A crash after the server's commit and before the desk's acknowledgement: the same
    # records go again; the server keeps each once.
    server.enqueue_history(a._store.db)
    again = a.sync.sync_once()
    assert again.sent > 0 and again.new == 0
    assert library_db.sql("SELECT count(*) FROM desk_assistant.interactions")[0][0] == 5
    a.close()


def test_two_desks_one_server_counts_per_desk(library_db: Cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.services.sync import SyncService

    conninfo = library_db.conninfo()
    SyncService.init_server(conninfo, [])
    a, b = desk(tmp_path / "a.db"), desk(tmp_path / "b.db")
    a.sync.join(conninfo, "Meja Sirkulasi", "Kepala")
    b.sync.join(conninfo, "Meja Referensi", "Kepala")
    serve(a, 7, "Meja Sirkulasi")
    serve(b, 4, "Meja Referensi")
    a.sync.sync_once()
    b.sync.sync_once()
    counts = dict(
        library_db.sql("SELECT desk, count(*) FROM desk_assistant.interactions GROUP BY desk")
    )
    assert counts == {
        "Meja Sirkulasi": a.desk.repo.count(),
        "Meja Referensi": b.desk.repo.count(),
    }
    # A desk name belongs to one desk database.
    c = desk(tmp_path / "c.db")
    with pytest.raises(StorageError) as taken:
        c.sync.join(conninfo, "Meja Referensi", "Kepala")
    assert "Meja Referensi" in taken.value.user_message("en")
    for services in (a, b, c):
        services.close()


def test_a_password_is_never_stored_and_an_unreachable_server_keeps_the_queue(  # type: ignore[no-untyped-def]
    library_db: Cluster, tmp_path
) -> None:
    from desk_assistant.services.sync import SyncService

    conninfo = library_db.conninfo()
    SyncService.init_server(conninfo, [])
    a = desk(tmp_path / "a.db")
    with pytest.raises(StorageError) as refused:
        a.sync.join(conninfo + " password=rahasia", "Meja 1", "Kepala")
    assert "pgpass" in refused.value.user_message("en")
    assert a.sync.conninfo() == ""
    a.sync.join(conninfo, "Meja 1", "Kepala")
    serve(a, 2, "Meja 1")
    waiting = a.sync.pending()
    # The server's port closed: the push fails within seconds, in plain words; nothing
    # is lost from the queue.
    a.sync.state.set("server_conninfo", conninfo.replace(str(library_db.port), "1"))
    started = datetime.now()
    with pytest.raises(StorageError) as down:
        a.sync.sync_once()
    assert (datetime.now() - started).total_seconds() < 6
    assert "cannot be reached" in down.value.user_message("en")
    assert a.sync.pending() == waiting
    a.close()


def test_a_desks_role_may_add_and_read_but_never_change(library_db: Cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    from desk_assistant.services.sync import SyncService

    library_db.sql("CREATE ROLE meja1 LOGIN")
    SyncService.init_server(library_db.conninfo(), ["meja1"])
    a = desk(tmp_path / "a.db")
    check = a.sync.check(library_db.conninfo("meja1"))
    assert check.usable and check.version == len(server.SERVER_MIGRATIONS)
    a.sync.join(library_db.conninfo("meja1"), "Meja 1", "Kepala")
    serve(a, 2, "Meja 1")
    from desk_assistant.domain.followup import Status
    from tests.packs import make_followup

    made = make_followup(a, "Laskar Pelangi", desk="Meja 1")
    a.followups.change_status(made.id, Status.IN_PROGRESS, "Ani", "")
    assert a.sync.sync_once().new > 0  # follow-ups through the server's own function
    assert library_db.sql(
        "SELECT status, version FROM desk_assistant.followups WHERE code = %s", made.code
    ) == [("in_progress", 2)]
    for statement in (
        "DELETE FROM desk_assistant.interactions",
        "UPDATE desk_assistant.followups SET status = 'resolved'",  # only by an operation
        "DELETE FROM desk_assistant.applied_ops",
    ):
        with (
            psycopg.connect(library_db.conninfo("meja1")) as connection,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            connection.execute(statement)  # type: ignore[arg-type]
    a.close()


def test_the_command_line_inits_joins_and_syncs(library_db: Cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desk_assistant", *args, "--lang", "en"],
            capture_output=True,
            text=True,
            check=False,
        )

    conninfo = library_db.conninfo()
    db = tmp_path / "desk.db"
    made = run("demo", "--db", str(db), "--interactions", "50", "--followups", "5")
    assert made.returncode == 0, made.stderr
    assert run("server", "check", conninfo, "--db", str(db)).returncode == 1  # no schema yet
    init = run("server", "init", conninfo)
    every = ", ".join(str(version) for version, _ in server.SERVER_MIGRATIONS)
    assert init.returncode == 0 and f"versions applied now: {every}" in init.stdout
    joined = run("server", "join", conninfo, "--desk", "Meja 1", "--db", str(db))
    assert joined.returncode == 0, joined.stderr
    assert "queued to go up once" in joined.stdout
    synced = run("sync", "--db", str(db))
    assert synced.returncode == 0, synced.stderr
    assert "still waiting" in synced.stdout and "0 still waiting" in synced.stdout
    assert library_db.sql("SELECT count(*) FROM desk_assistant.interactions")[0][0] == 50
    checked = run("server", "check", "--db", str(db))
    assert checked.returncode == 0 and "0 records are waiting" in checked.stdout
    refused = run("server", "join", conninfo + " password=x", "--desk", "M", "--db", str(db))
    assert refused.returncode == 1 and "pgpass" in refused.stderr
    purged = run("server", "purge", conninfo, "--days", "0")
    assert purged.returncode == 0, purged.stderr
    assert "every desk erases them at its next sync" in purged.stdout


def library(library_db: Cluster, tmp_path: Path, *names: str):  # type: ignore[no-untyped-def]
    from desk_assistant.services.sync import SyncService

    SyncService.init_server(library_db.conninfo(), [])
    desks = []
    for name in names:
        services = desk(tmp_path / f"{name}.db")
        services.sync.join(library_db.conninfo(), name, "Kepala")
        services.followups.this_desk = name
        desks.append(services)
    return desks


def local(services, code: str):  # type: ignore[no-untyped-def]
    return services.followups.repo.find_by_code(code)


def test_a_followup_promised_at_one_desk_is_seen_and_kept_at_another(  # type: ignore[no-untyped-def]
    library_db: Cluster, tmp_path
) -> None:
    from desk_assistant.domain.followup import Attempt, Status
    from tests.packs import make_followup

    a, b = library(library_db, tmp_path, "Meja Sirkulasi", "Meja Referensi")
    made = make_followup(a, "Laskar Pelangi", desk="Meja Sirkulasi", staff="Ani")
    a.sync.sync_once()
    assert b.sync.sync_once().received == 1
    there = local(b, made.code)
    assert there is not None and there.status is Status.OPEN
    assert there.item.title == "Laskar Pelangi" and there.desk == "Meja Sirkulasi"
    # A goes offline and logs a call; meanwhile B resolves it and syncs first.
    a.followups.log_attempt(local(a, made.code).id, Attempt.CALLED_NO_ANSWER, "Ani")
    b.followups.change_status(there.id, Status.RESOLVED, "Budi", "Buku sudah disimpan")
    b.sync.sync_once()
    result = a.sync.sync_once()
    # A's stale change is refused, never silently written over B's; A is told what
    # happened instead, and takes the server's state.
    assert [r.kind for r in result.refused] == ["attempt", "status"]
    refusal = result.refused[0]
    assert (refusal.code, refusal.status, refusal.by, refusal.desk) == (
        made.code, "resolved", "Budi", "Meja Referensi",
    )  # fmt: skip
    assert a.sync.refusals()[0].code == made.code
    assert local(a, made.code).status is Status.RESOLVED
    assert library_db.sql(
        "SELECT status, attempts FROM desk_assistant.followups WHERE code = %s", made.code
    ) == [("resolved", 0)]
    # Both desks now agree, and a later change from A applies.
    a.followups.change_status(local(a, made.code).id, Status.OPEN, "Ani", "Pemustaka datang lagi")
    assert a.sync.sync_once().refused == ()
    b.sync.sync_once()
    assert local(b, made.code).status is Status.OPEN
    for services in (a, b):
        services.close()


def test_a_replay_after_a_lost_acknowledgement_is_already_applied(
    library_db: Cluster, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.domain.followup import Status
    from desk_assistant.storage.server_followups import enqueue_followup_history
    from tests.packs import make_followup

    (a,) = library(library_db, tmp_path, "Meja 1")
    made = make_followup(a, "Bumi Manusia", desk="Meja 1")
    a.followups.change_status(made.id, Status.IN_PROGRESS, "Ani", "")
    events = a._store.db.execute(
        "SELECT kind, ref, base FROM outbox WHERE kind = 'event'"
    ).fetchall()
    a.sync.sync_once()
    # The server committed; the desk crashed before taking them out of its outbox.
    with a._store.db.conn:
        a._store.db.conn.executemany(
            "INSERT INTO outbox (kind, ref, base) VALUES (?, ?, ?)", events
        )
    again = a.sync.sync_once()
    assert again.sent == len(events) and again.new == 0 and again.refused == ()
    assert library_db.sql(
        "SELECT status, version FROM desk_assistant.followups WHERE code = %s", made.code
    ) == [("in_progress", 2)]
    assert enqueue_followup_history(a._store.db) == 0  # joined: nothing of it to send twice
    a.close()


def test_codes_made_offline_at_two_desks_never_collide(library_db: Cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b = library(library_db, tmp_path, "Meja 1", "Meja 2")
    # Offline, each hands out more codes than its block holds (the rest from its range).
    codes_a = [a.followups.repo.reserve_code() for _ in range(620)]
    codes_b = [b.followups.repo.reserve_code() for _ in range(620)]
    assert len(set(codes_a) | set(codes_b)) == 1240
    # After a sync each draws a fresh block, still apart from the other's.
    a.sync.sync_once()
    b.sync.sync_once()
    more = [a.followups.repo.reserve_code() for _ in range(5)]
    more += [b.followups.repo.reserve_code() for _ in range(5)]
    assert len(set(more) | set(codes_a) | set(codes_b)) == 1250
    for services in (a, b):
        services.close()


def test_an_erasure_reaches_a_desk_that_was_offline(library_db: Cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.domain.followup import Attempt
    from tests.packs import make_followup

    a, b = library(library_db, tmp_path, "Meja 1", "Meja 2")
    made = make_followup(a, "Cantik Itu Luka", "Siti Aminah", desk="Meja 1")
    a.followups.log_attempt(made.id, Attempt.CALLED_NO_ANSWER, "Ani", "Siti minta ditelepon sore")
    a.sync.sync_once()
    b.sync.sync_once()
    # A goes offline; the patron asks at B to be forgotten.
    at_b = local(b, made.code)
    b.privacy.erase_patron([b.followups.get(at_b.id)], "Kepala", "supervisor")
    b.sync.sync_once()
    assert library_db.sql(
        "SELECT patron_name, phone FROM desk_assistant.followups WHERE code = %s", made.code
    ) == [(None, None)]
    a.sync.sync_once()  # A is back
    there = local(a, made.code)
    assert there.contact is None
    notes = a._store.db.execute(
        "SELECT json_extract(detail, '$.note') FROM followup_events WHERE followup_id = ?"
        " AND kind = 'attempt'",
        (there.id,),
    ).fetchall()
    assert notes == [("",)]  # the free text about her went too
    ledger = a._store.db.execute("SELECT code FROM erasure_ledger").fetchall()
    assert ledger == [(made.code,)]  # a restore of A's backup erases her again
    for services in (a, b):
        services.close()


def test_one_script_pack_for_the_library(library_db: Cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.packs import default_source

    a, b = library(library_db, tmp_path, "Meja 1", "Meja 2")
    a.sync.sync_once()  # the first desk gave the library its pack
    assert library_db.sql("SELECT count(*) FROM desk_assistant.packs")[0][0] == 1
    assert b.sync.sync_once().pack_changed is False  # the same pack: nothing to take
    # A trainer publishes a new version at desk 1; desk 2 takes it at its next sync.
    version = a.packs.active.version
    source = default_source().replace(f"version: {version}", f"version: {version + 1}", 1)
    a.auth.unlock_unprotected(a.auth.role.__class__("trainer"), "Pelatih")
    a.packs.publish_source(source, "Pelatih", "Salam baru")
    a.sync.sync_once()
    result = b.sync.sync_once()
    assert result.pack_changed
    b.packs.reload()
    assert b.packs.active.version == version + 1
    assert b.sync.sync_once().pack_changed is False  # taken once, and not sent back
    assert library_db.sql("SELECT count(*) FROM desk_assistant.packs")[0][0] == 2
    # A pack this desk cannot read (a newer format, say) leaves it its last good pack.
    library_db.sql(
        "INSERT INTO desk_assistant.packs (sha256, pack_id, version, source, published_by,"
        " desk) VALUES ('x', 'p', 99, 'not: [a pack', 'X', 'Meja 9')"
    )
    assert b.sync.sync_once().pack_changed is False
    b.packs.reload()
    assert b.packs.active.version == version + 1
    for services in (a, b):
        services.close()


def test_the_supervisors_desk_reports_on_the_whole_library(library_db: Cluster, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from desk_assistant.services.sync import SyncService

    SyncService.init_server(library_db.conninfo(), [])
    office = desk(tmp_path / "office.db")
    office.sync.join(library_db.conninfo(), "Ruang Kepala", "Kepala", library_statistics=True)
    circulation = desk(tmp_path / "circ.db")
    circulation.sync.join(library_db.conninfo(), "Meja Sirkulasi", "Kepala")
    serve(circulation, 5, "Meja Sirkulasi")
    serve(office, 2, "Ruang Kepala")
    circulation.sync.sync_once()
    result = office.sync.sync_once()
    assert result.statistics == 5
    today = date(2026, 11, 24)
    whole = office.reports.report(today, today)
    assert whole.interactions == 7
    assert dict(whole.by_desk) == {"Ruang Kepala": 2, "Meja Sirkulasi": 5}
    assert whole.by_hour_weekday[(1, 9)] == 7  # their times in the library's own hours
    assert office.sync.pending() == 0  # the other desks' interactions are never sent back
    assert office.sync.sync_once().statistics == 0  # taken once
    assert library_db.sql("SELECT count(*) FROM desk_assistant.interactions") == [(7,)]
    # A desk that does not keep the library's statistics reports on its own.
    circulation.sync.sync_once()
    assert circulation.reports.report(today, today).interactions == 5
    for services in (office, circulation):
        services.close()


def test_one_survey_for_the_library_and_its_skm_and_ratings_cover_every_desk(  # type: ignore[no-untyped-def]
    library_db: Cluster, tmp_path
) -> None:
    from datetime import date

    from desk_assistant.domain.skm import ELEMENTS, Element
    from desk_assistant.errors import ValidationError
    from desk_assistant.services.sync import SyncService
    from tests.conftest import act_as

    library_db.sql("CREATE ROLE meja_survei LOGIN")  # a desk role writes ratings, answers
    SyncService.init_server(library_db.conninfo(), ["meja_survei"])
    office = desk(tmp_path / "office.db")
    office.sync.join(library_db.conninfo(), "Ruang Kepala", "Kepala", library_statistics=True)
    circulation = desk(tmp_path / "circ.db")
    circulation.sync.join(library_db.conninfo("meja_survei"), "Meja Sirkulasi", "Kepala")

    def served(services, ratings, desk_name):  # type: ignore[no-untyped-def]
        services.desk.start_shift("SW", desk_name)
        for rating in ratings:
            flow = services.desk.new_interaction()
            flow.advance()
            services.feedback.rate(services.desk.finish(flow, "id"), rating)
        services.desk.end_shift()

    office.feedback.start_survey("Kepala")
    office.sync.sync_once()
    with pytest.raises(ValidationError):  # the desk has not heard of it yet
        circulation.feedback.answer_survey({Element.COST: 4}, "Meja Sirkulasi")
    circulation.sync.sync_once()  # now it has: the library's survey runs at the desk
    served(circulation, (4, 4, 3, None, 2), "Meja Sirkulasi")
    for value in (4, 3, 3):
        circulation.feedback.answer_survey({e: value for e in ELEMENTS}, "Meja Sirkulasi")
    served(office, (3,), "Ruang Kepala")
    act_as(office)
    office.feedback.answer_survey({e: 2 for e in ELEMENTS}, "Ruang Kepala")
    circulation.sync.sync_once()
    assert office.sync.sync_once().statistics == 5 + 5 + 3  # interactions, ratings, answers
    today = date(2026, 11, 24)
    skm = office.feedback.skm_report(today, today)
    assert skm.result.respondents == 4 and skm.population == 6  # the library's, both
    assert skm.result.converted == (4 + 3 + 3 + 2) / 4 * 25
    ratings = office.reports.report(today, today).ratings
    assert (ratings.answered, ratings.no_answer) == (5, 1)
    by_desk = office.reports.report(today, today).ratings_by["desk"]
    assert by_desk["Meja Sirkulasi"].answered == 4 and by_desk["Ruang Kepala"].answered == 1
    # The desk that does not keep the library's statistics reports on its own.
    act_as(circulation)
    assert circulation.feedback.skm_report(today, today).result.respondents == 3
    # Ended at the supervisor's PC, the survey ends at the desk too.
    act_as(office)
    office.feedback.end_survey("Kepala")
    office.sync.sync_once()
    circulation.sync.sync_once()
    with pytest.raises(ValidationError):
        circulation.feedback.answer_survey({Element.COST: 4}, "Meja Sirkulasi")
    # Nothing taken is sent back, and nothing counts twice.
    assert office.sync.pending() == 0 and office.sync.sync_once().statistics == 0
    assert library_db.sql("SELECT count(*) FROM desk_assistant.skm_responses") == [(4,)]
    assert library_db.sql("SELECT count(*) FROM desk_assistant.satisfaction") == [(6,)]
    assert library_db.sql("SELECT count(*), count(ended_at) FROM desk_assistant.skm_periods") == [
        (1, 1)
    ]
    # A rating carries no staff member and no interaction on the server either.
    columns = {
        row[0]
        for row in library_db.sql(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
            "satisfaction",
        )
    }
    assert not columns & {"staff", "interaction", "uid_interaction", "started_at"}
    for services in (office, circulation):
        services.close()


def test_a_role_granted_for_an_older_version_is_told_plainly_and_keeps_its_queue(  # type: ignore[no-untyped-def]
    library_db: Cluster, tmp_path
) -> None:
    from desk_assistant.services.sync import SyncService

    library_db.sql("CREATE ROLE meja_lama LOGIN")
    SyncService.init_server(library_db.conninfo(), ["meja_lama"])
    # As if the server were upgraded without giving the desk's role the new tables' rights.
    library_db.sql("REVOKE INSERT ON desk_assistant.satisfaction FROM meja_lama")
    a = desk(tmp_path / "a.db")
    a.sync.join(library_db.conninfo("meja_lama"), "Meja Lama", "Kepala")
    a.desk.start_shift("SW", "Meja Lama")
    flow = a.desk.new_interaction()
    flow.advance()
    a.feedback.rate(a.desk.finish(flow, "id"), 4)
    waiting = a.sync.pending()
    with pytest.raises(StorageError) as refused:
        a.sync.sync_once()
    assert "server init" in refused.value.user_message("en")
    assert "server init" in refused.value.user_message("id")
    assert a.sync.pending() == waiting  # nothing lost
    library_db.sql("GRANT INSERT ON desk_assistant.satisfaction TO meja_lama")
    assert a.sync.sync_once().pending == 0
    assert library_db.sql("SELECT count(*) FROM desk_assistant.satisfaction") == [(1,)]
    a.close()


def test_retention_and_a_request_erased_on_the_server_reach_an_offline_desk(  # type: ignore[no-untyped-def]
    library_db: Cluster, tmp_path
) -> None:
    from desk_assistant.domain.followup import Attempt, Status
    from desk_assistant.services.sync import SyncService
    from tests.packs import make_followup

    a, b = library(library_db, tmp_path, "Meja 1", "Meja 2")
    old = make_followup(a, "Ronggeng Dukuh Paruk", "Siti Aminah", desk="Meja 1")
    a.followups.log_attempt(old.id, Attempt.CALLED_NO_ANSWER, "Ani", "Siti minta sore")
    a.followups.change_status(old.id, Status.RESOLVED, "Ani", "Sudah diambil")
    asked = make_followup(a, "Pulang", "Budi Santoso", desk="Meja 1")
    a.sync.sync_once()
    b.sync.sync_once()
    # A goes offline. On the server: the retention (closed before now) and Budi's request.
    conninfo = library_db.conninfo()
    # Closed at 09:30 WIB (02:30 UTC): times are compared as times, whatever their offset.
    assert SyncService.erase_on_server(conninfo, "retention", "2026-11-24T02:00:00+00:00") == []
    closed_before = "2026-11-24T03:00:00+00:00"
    assert SyncService.erase_on_server(conninfo, "retention", closed_before) == [old.code]
    assert SyncService.erase_on_server(conninfo, "request", codes=(asked.code,)) == [asked.code]
    assert library_db.sql(
        "SELECT count(*) FROM desk_assistant.followups WHERE patron_name IS NOT NULL"
    ) == [(0,)]
    assert library_db.sql("SELECT code, why FROM desk_assistant.erasure_ledger ORDER BY why") == [
        (asked.code, "request"),
        (old.code, "retention"),
    ]
    for services in (b, a):  # B now, A when it is back
        services.sync.sync_once()
        for code in (old.code, asked.code):
            assert services.followups.repo.find_by_code(code).contact is None
        ledger = {row[0] for row in services._store.db.execute("SELECT code FROM erasure_ledger")}
        assert ledger == {old.code, asked.code}  # a restore of a backup erases them again
    notes = a._store.db.execute(
        "SELECT json_extract(detail, '$.note') FROM followup_events WHERE kind = 'attempt'"
    ).fetchall()
    assert notes == [("",)]
    for services in (a, b):
        services.close()


def test_a_second_desk_joins_with_history_whose_codes_are_taken(  # type: ignore[no-untyped-def]
    library_db: Cluster, tmp_path
) -> None:
    """Two PCs that ran alone both handed out the first codes; the second to join keeps
    its follow-ups under new library-wide codes, and the code on the patron's slip still
    finds them."""
    from desk_assistant.domain.followup import Status
    from desk_assistant.services.sync import SyncService
    from tests.packs import make_followup

    SyncService.init_server(library_db.conninfo(), [])
    a, b = desk(tmp_path / "a.db"), desk(tmp_path / "b.db")
    made_a = [make_followup(a, f"Buku A{i}", desk="Meja 1") for i in range(3)]
    made_b = [make_followup(b, f"Buku B{i}", desk="Meja 2") for i in range(4)]
    b.followups.change_status(made_b[0].id, Status.IN_PROGRESS, "Budi", "")
    assert {f.code for f in made_a} < {f.code for f in made_b}  # the same first codes
    a.sync.join(library_db.conninfo(), "Meja 1", "Kepala")
    a.sync.sync_once()
    b.sync.join(library_db.conninfo(), "Meja 2", "Kepala")
    result = b.sync.sync_once()
    assert result.pending == 0 and result.refused == ()
    rows = library_db.sql(
        "SELECT code, former_code, item_title, status FROM desk_assistant.followups"
        " ORDER BY item_title"
    )
    assert len(rows) == 7 and len({code for code, *_ in rows}) == 7  # unique, none lost
    by_title = {title: (code, former, status) for code, former, title, status in rows}
    for made in made_a:  # the first desk's keep their codes
        assert by_title[made.item.title][:2] == (made.code, None)
    for made in made_b[:3]:  # the second's that were taken: a new code, the old one kept
        code, former, _ = by_title[made.item.title]
        assert code != made.code and former == made.code
    assert by_title["Buku B3"][:2] == (made_b[3].code, None)  # not taken: kept
    assert by_title["Buku B0"][2] == "in_progress"  # its later change applied too
    # Both desks agree on the library's codes, and the slip's code still finds the
    # follow-up (at the desk that gave it first, the others' beside it).
    a.sync.sync_once()
    b.sync.sync_once()
    for services in (a, b):
        codes = dict(
            services._store.db.execute("SELECT item_title, code FROM followups").fetchall()
        )
        assert codes == {title: code for title, (code, _, _) in by_title.items()}
    old = made_b[0].code
    found = b.followups.repo.find_by_code(old)
    assert found is not None and found.item.title in {"Buku A0", "Buku B0"}
    from desk_assistant.domain.queue import QueueFilter

    titles = {row.title for row in b.followups.page(QueueFilter(search=old), 50)}
    assert {"Buku A0", "Buku B0"} <= titles
    for services in (a, b):
        services.close()


def test_contact_details_never_reach_a_role_for_reports_only(  # type: ignore[no-untyped-def]
    library_db: Cluster, tmp_path
) -> None:
    """The supervisor's office joins with a role for reports only: it reports on every
    follow-up of the library, but other desks' patrons' contacts never cross to it."""
    import psycopg

    from desk_assistant.services.sync import SyncService
    from tests.packs import make_followup

    library_db.sql("CREATE ROLE meja_sirkulasi LOGIN")
    library_db.sql("CREATE ROLE kantor_kepala LOGIN")
    SyncService.init_server(library_db.conninfo(), ["meja_sirkulasi"], ["kantor_kepala"])
    a, office = desk(tmp_path / "a.db"), desk(tmp_path / "office.db")
    assert a.sync.check(library_db.conninfo("meja_sirkulasi")).contacts
    check = office.sync.check(library_db.conninfo("kantor_kepala"))
    assert check.usable and not check.contacts
    a.sync.join(library_db.conninfo("meja_sirkulasi"), "Meja Sirkulasi", "Kepala")
    office.sync.join(
        library_db.conninfo("kantor_kepala"), "Kantor", "Kepala", library_statistics=True
    )
    theirs = make_followup(a, "Laskar Pelangi", "Budi Santoso", desk="Meja Sirkulasi")
    serve(a, 3, "Meja Sirkulasi")
    a.sync.sync_once()
    ours = make_followup(office, "Negeri 5 Menara", "Sari Dewi", "0813-1111-2222", desk="Kantor")
    result = office.sync.sync_once()
    assert result.received == 2 and result.statistics == 3
    db = office._store.db
    there = db.execute(
        "SELECT patron_name, phone, email, phone_national, item_title FROM followups"
        " WHERE code = ?",
        (theirs.code,),
    ).fetchone()
    assert there == (None, None, None, None, "Laskar Pelangi")  # the follow-up, no contact
    kept = db.execute("SELECT patron_name FROM followups WHERE code = ?", (ours.code,)).fetchone()
    assert kept == ("Sari Dewi",)  # its own patron's, as it wrote them
    # The role itself may not read them, whatever it asks.
    for statement in (
        "SELECT phone FROM desk_assistant.followups",
        "SELECT * FROM desk_assistant.followups",
    ):
        with (
            psycopg.connect(library_db.conninfo("kantor_kepala")) as connection,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            connection.execute(statement)  # type: ignore[arg-type]
    # The office reports on the whole library's follow-ups.
    from datetime import date

    whole = office.reports.report(date(2026, 11, 24), date(2026, 11, 24))
    assert whole.followups_created == 2 and whole.still_open == 2
    assert whole.interactions == 3
    # An erasure on the server reaches the office's own follow-up too.
    SyncService.erase_on_server(library_db.conninfo(), "request", codes=(ours.code,))
    office.sync.sync_once()
    erased = db.execute(
        "SELECT patron_name, phone FROM followups WHERE code = ?", (ours.code,)
    ).fetchone()
    assert erased == (None, None)
    assert db.execute("SELECT code FROM erasure_ledger").fetchall() == [(ours.code,)]
    for services in (a, office):
        services.close()
