"""Custody of the data: identity, backups that never destroy each other, recovery that
never mixes databases up, restore that is exclusive and never brings an erased patron back.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from desk_assistant.app import build_services, open_services
from desk_assistant.errors import (
    BackupOfAnotherDatabase,
    DatabaseDamagedError,
    DatabaseMissingError,
    DatabaseSuspectError,
    StorageError,
)
from desk_assistant.services.backup import (
    newest_good_backup,
    own_backups,
    preflight,
    restore_backup,
)
from desk_assistant.storage import custody
from tests.conftest import FakeClock, act_as
from tests.custody_helpers import count, damage, snapshot
from tests.packs import make_followup


def interact(services, n: int) -> None:  # type: ignore[no-untyped-def]
    services.desk.start_shift("SW", "Meja 1")
    for _ in range(n):
        flow = services.desk.new_interaction()
        flow.advance()
        flow.advance()
        services.desk.finish(flow, "id")


def make_db(path: Path, clock: FakeClock, interactions: int = 3) -> None:
    services, _ = open_services(path, clock)
    interact(services, interactions)
    services.close()


def backup_days(path: Path, clock: FakeClock, days: int) -> None:
    services, _ = open_services(path, clock)
    assert services.backups is not None
    for _ in range(days):
        services.backups.backup("SW", "desk", reason="daily")
        interact(services, 1)
        clock.advance(24 * 3600)
    services.close()


# --- identity --------------------------------------------------------------------------


def test_a_database_has_an_identity_in_header_table_and_backups(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    make_db(path, clock)
    header = custody.read_header(path)
    facts = custody.read_facts(path)
    assert header is not None and header.ours and facts.identity is not None
    assert header.tag == custody.tag_of(facts.identity) == facts.tag
    assert custody.read_record(path)["database_id"] == facts.identity
    services = build_services(path, clock)
    assert services.backups is not None
    done = services.backups.backup("SW", "desk")
    services.close()
    assert facts.identity[:8] in done.path.name
    assert custody.read_facts(done.path).identity == facts.identity
    assert done.path.stat().st_mode & 0o077 == 0  # readable by its owner only
    # The identity never changes, from any connection.
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("UPDATE database_identity SET id = 'x'")
    conn.close()


def test_our_tables_are_never_added_to_another_applications_file(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "notes.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('milik aplikasi lain')")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(StorageError) as info:
        open_services(other, clock)
    assert info.value.message.key == "db.not_database"
    with pytest.raises(StorageError):
        build_services(other, clock)
    assert other.read_bytes() == before


# --- two databases, one backup folder ---------------------------------------------------


def test_two_databases_sharing_a_backup_folder_keep_their_own_backups(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    real, training = tmp_path / "desk.db", tmp_path / "latihan.db"
    make_db(real, clock, 20)
    make_db(training, clock, 2)
    start = clock.now
    backup_days(real, clock, 30)
    clock.now = start  # the training database is backed up on the same days, later each day
    clock.advance(3600)
    backup_days(training, clock, 30)
    mine = own_backups(real)
    theirs = own_backups(training)
    assert 7 <= len(mine) <= 11 and 7 <= len(theirs) <= 11  # each rotated on its own
    assert not {b.path for b in mine} & {b.path for b in theirs}
    assert len(list((tmp_path / "backups").glob("*.db"))) == len(mine) + len(theirs)
    # Damage the real one: recovery offers its own newest backup, not the newer training one.
    damage(real)
    with pytest.raises(DatabaseDamagedError):
        preflight(real, clock)
    offered = newest_good_backup(real)
    assert offered == mine[0].path
    assert custody.read_facts(offered).file_name == "desk.db"
    # Restoring the training backup over the real database is refused, saying whose it is.
    with pytest.raises(BackupOfAnotherDatabase) as info:
        restore_backup(real, theirs[0].path, clock, "Kepala", "supervisor")
    assert "latihan.db" in info.value.user_message("id")
    restore_backup(real, offered, clock, "Kepala", "supervisor")
    assert count(real) > 20


def test_two_pcs_pointed_at_one_backup_folder(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    shared = tmp_path / "share"
    paths = [tmp_path / "pc1" / "desk.db", tmp_path / "pc2" / "desk.db"]  # the same name
    for path in paths:
        make_db(path, clock)
        services = build_services(path, clock)
        act_as(services)
        assert services.backups is not None
        services.backups.set_folder(shared, "Kepala", "supervisor")
        services.close()
    start = clock.now
    for path in paths:
        clock.now = start
        backup_days(path, clock, 20)
    first, second = own_backups(paths[0]), own_backups(paths[1])
    assert len(first) >= 7 and len(second) >= 7
    assert not {b.path for b in first} & {b.path for b in second}


# --- backups never make things worse ------------------------------------------------------


def test_a_database_whose_history_shrank_gets_a_suspect_backup(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    make_db(path, clock, 10)
    backup_days(path, clock, 10)
    good_before = own_backups(path)
    # The database is swapped for an older copy of itself (fewer interactions).
    services = build_services(path, clock)
    assert services.backups is not None
    services.close()
    older = good_before[-1].path
    conn = sqlite3.connect(path)
    src = sqlite3.connect(older)
    src.backup(conn)
    src.close()
    conn.close()
    with pytest.raises(DatabaseSuspectError) as info:
        preflight(path, clock)
    assert info.value.message.key == "db.shrank"
    assert info.value.backup == good_before[0].path
    services = build_services(path, clock)
    assert services.backups is not None
    for _ in range(70):  # weeks of backups of the shrunken database
        clock.advance(24 * 3600)
        result = services.backups.backup("SW", "desk", reason="daily")
        assert result.suspect and ".suspect" in result.path.name
    services.close()
    after = own_backups(path)
    assert {b.path for b in good_before} <= {b.path for b in after}  # no good one rotated out
    # Suspect ones go after the rotation (4 weeks) plus the retention period (30 days).
    suspects = [b for b in after if b.suspect]
    newest = max(b.taken for b in suspects)
    assert 50 <= len(suspects) <= 59
    assert all((newest - b.taken).days <= 4 * 7 + 30 for b in suspects)


# --- say what is really wrong --------------------------------------------------------------


def test_a_folder_in_place_of_the_database_is_said_so(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    path.mkdir()
    with pytest.raises(StorageError) as info:
        open_services(path, clock)
    assert info.value.message.key == "db.is_folder"
    assert not isinstance(info.value, DatabaseDamagedError)
    assert path.is_dir() and list(path.iterdir()) == []


def test_sqlite_errors_are_classified_by_code_not_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.storage.database import classify

    class Coded(sqlite3.Error):
        def __init__(self, text: str, name: str) -> None:
            super().__init__(text)
            self.sqlite_errorname = name

    # The text says "corrupt", the code says the disk is full: the code wins.
    assert classify(Coded("file is corrupt?", "SQLITE_FULL")).message.key == "db.disk_full"
    damaged = classify(Coded("disk I/O error", "SQLITE_CORRUPT"))
    assert isinstance(damaged, DatabaseDamagedError)
    assert classify(Coded("x", "SQLITE_READONLY_DBMOVED")).message.key == "db.read_only"
    assert classify(Coded("x", "SQLITE_BUSY")).message.key == "db.locked"
    assert classify(Coded("x", "SQLITE_NOTADB")).message.key == "db.damaged"
    folder = tmp_path / "folder.db"
    folder.mkdir()
    assert classify(Coded("x", "SQLITE_CANTOPEN"), folder).message.key == "db.is_folder"


# --- never start on nothing where something was -------------------------------------------


@pytest.mark.parametrize("how", ["deleted", "emptied", "emptied-sqlite"])
def test_a_lost_database_is_not_made_anew(tmp_path, clock, how) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    make_db(path, clock, 5)
    backup_days(path, clock, 2)
    backups_before = snapshot(tmp_path / "backups")
    if how == "deleted":
        path.unlink()
    elif how == "emptied":
        path.write_bytes(b"")
    else:  # an empty SQLite file, as a tool that "resets" a database leaves
        path.unlink()
        sqlite3.connect(path).execute("VACUUM").connection.close()
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(DatabaseMissingError) as info:
        open_services(path, clock)
    assert info.value.backup == own_backups(path)[0].path
    assert (path.read_bytes() if path.exists() else None) == before  # nothing made
    assert snapshot(tmp_path / "backups") == backups_before
    # Even without the record beside it, backups made of a file of that name say so.
    custody.record_path(path).unlink()
    with pytest.raises(DatabaseMissingError):
        open_services(path, clock)
    restore_backup(path, info.value.backup, clock, "Kepala", "supervisor")
    services, _ = open_services(path, clock)
    services.close()
    assert count(path) >= 5


def test_a_new_database_where_nothing_was_is_made_quietly(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    services, notices = open_services(tmp_path / "new" / "desk.db", clock)
    services.close()
    assert notices == []


# --- restore: exclusive, atomic, erasures kept ---------------------------------------------


def test_restore_is_refused_while_the_database_is_open(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    make_db(path, clock, 5)
    backup_days(path, clock, 1)
    backup = own_backups(path)[0].path
    services = build_services(path, clock)  # another desk has it open
    interact(services, 3)
    before = count(path)
    with pytest.raises(StorageError) as info:
        restore_backup(path, backup, clock, "Kepala", "supervisor")
    assert info.value.message.key == "db.in_use"
    interact(services, 2)  # that desk goes on writing, into the database at the path
    services.close()
    assert count(path) == before + 2
    assert not list(tmp_path.glob("desk.db.before-restore-*"))
    assert not custody.journal_path(path).exists()


def test_a_restore_never_brings_an_erased_patron_back(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    services, _ = open_services(path, clock)
    act_as(services)
    erased = make_followup(services, "Bumi Manusia", "Kartika Wulandari", phone="0813-9876-5432")
    kept = make_followup(services, "Laskar Pelangi", "Budi Santoso")
    assert services.backups is not None
    backup = services.backups.backup("SW", "desk").path
    clock.advance(3600)
    act_as(services)
    found = services.privacy.find_patron("Kartika Wulandari")
    assert [f.id for f in found] == [erased.id]
    assert services.privacy.erase_patron(found, "Kepala", "supervisor") == 1
    services.close()
    done = restore_backup(path, backup, clock, "Kepala", "supervisor")
    assert done.reapplied == 1
    restored = build_services(path, clock)
    assert restored.followups.repo.get(erased.id).contact is None
    assert restored.followups.repo.get(kept.id).contact is not None
    actions = [e.action for e in restored._store.audit.entries()]
    assert "restore" in actions and "erasure" in actions
    restored.close()
    for suffix in ("", "-wal"):
        file = Path(str(path) + suffix)
        if file.exists():
            raw = file.read_bytes()
            assert b"Kartika" not in raw and b"98765432" not in raw and b"9876-5432" not in raw
    assert b"Budi" in path.read_bytes()


def test_a_restore_applies_the_retention_period_again(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.domain.followup import Status

    path = tmp_path / "desk.db"
    services, _ = open_services(path, clock)
    old = make_followup(services, "Bumi Manusia", "Kartika Wulandari")
    services.followups.change_status(old.id, Status.RESOLVED, "SW", "ditemukan")
    assert services.backups is not None
    backup = services.backups.backup("SW", "desk").path
    services.close()
    clock.advance(40 * 24 * 3600)  # past the 30-day retention
    done = restore_backup(path, backup, clock, "Kepala", "supervisor")
    assert done.purged == 1
    restored = build_services(path, clock)
    assert restored.followups.repo.get(old.id).contact is None
    restored.close()


def test_the_erasure_ledger_holds_ids_and_times_only(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    services, _ = open_services(path, clock)
    act_as(services)
    followup = make_followup(services, "Bumi Manusia", "Kartika Wulandari", phone="0813-9876-5432")
    services.privacy.erase_patron([followup], "Kepala", "supervisor")
    services.close()
    text = custody.ledger_path(path).read_text(encoding="utf-8")
    assert followup.code in text and "Kartika" not in text and "98765432" not in text
    assert custody.read_erasures(path)[0][:2] == (followup.id, followup.code)


# --- a stray write-ahead log --------------------------------------------------------------


def _wal_of_other_database(tmp_path: Path, clock: FakeClock, fresh: bool) -> Path:
    """A -wal file of another database, with commits not yet in its main file."""
    other = tmp_path / "other" / "latihan.db"
    other.parent.mkdir()
    if not fresh:
        make_db(other, clock, 50)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    if fresh:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA user_version = 12345")
    for i in range(300):
        conn.execute(
            "INSERT INTO interactions (shift_id, started_at, ended_at, duration_s, desk, staff,"
            " pack_id, pack_version, language, segment, outcome)"
            " VALUES (NULL, ?, ?, 1, 'x', 'y', 'p', 1, 'id', 'general', 'served')",
            (f"2026-01-01T10:{i % 60:02d}", f"2026-01-01T10:{i % 60:02d}"),
        ) if not fresh else conn.execute("INSERT INTO t VALUES (?)", (i,))
    wal = Path(str(other) + "-wal")
    data = wal.read_bytes()
    conn.close()
    stray = tmp_path / "stray-wal"
    stray.write_bytes(data)
    return stray


@pytest.mark.parametrize("fresh", [True, False])
def test_a_stray_wal_from_another_database_is_found(tmp_path, clock, fresh) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    make_db(path, clock, 120)
    backup_days(path, clock, 3)
    stray = _wal_of_other_database(tmp_path, clock, fresh)
    Path(str(path) + "-wal").write_bytes(stray.read_bytes())
    main_before = path.read_bytes()
    backups_before = snapshot(tmp_path / "backups")
    with pytest.raises((DatabaseSuspectError, DatabaseDamagedError)) as info:
        open_services(path, clock, full_check=True)
    if isinstance(info.value, DatabaseSuspectError):
        assert info.value.backup == own_backups(path)[0].path
    assert path.read_bytes() == main_before  # the log was not written into the database
    assert snapshot(tmp_path / "backups") == backups_before
    # Restoring the offered backup moves the database and the stray log aside together.
    offered = newest_good_backup(path)
    assert offered is not None
    done = restore_backup(path, offered, clock, "Kepala", "supervisor")
    assert done.aside is not None and done.aside.read_bytes() == main_before
    assert Path(str(done.aside) + "-wal").read_bytes() == stray.read_bytes()
    services, _ = open_services(path, clock)
    services.close()


# --- killed demo and purge -----------------------------------------------------------------


def test_an_interrupted_restore_is_undone_or_finished_at_the_next_start(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    make_db(path, clock, 4)
    backup_days(path, clock, 1)
    backup = own_backups(path)[0].path
    make_db(path, clock, 6)

    class Stop(Exception):
        pass

    def stop_at(name: str):  # type: ignore[no-untyped-def]
        def step(at: str) -> None:
            if at == name:
                raise Stop

        return step

    in_backup = count(backup)
    assert count(path) > in_backup
    with pytest.raises(Stop):
        restore_backup(path, backup, clock, "Kepala", "supervisor", step=stop_at("post"))
    assert custody.journal_path(path).exists()
    notices = preflight(path, clock)
    assert [n.key for n in notices] == ["restore.finished_after_stop"]
    assert not custody.journal_path(path).exists()
    assert count(path) == in_backup


def test_backups_from_before_identities_go_after_the_rotation_and_retention(
    tmp_path, clock
) -> None:  # type: ignore[no-untyped-def]
    """They cannot say whose they are, so the rotation keeps them; past the rotation plus
    the retention period they go all the same, with the contacts erased since."""
    from desk_assistant.app import build_services

    path = tmp_path / "desk.db"
    services = build_services(path, clock)
    assert services.backups is not None
    folder = services.backups.folder
    folder.mkdir(parents=True, exist_ok=True)
    now = clock().replace(tzinfo=None)
    old = folder / f"desk-assistant-{(now - timedelta(days=4 * 7 + 31)):%Y%m%d-%H%M%S}.db"
    recent = folder / f"desk-assistant-{(now - timedelta(days=10)):%Y%m%d-%H%M%S}.db"
    elsewhere = tmp_path / "other" / old.name  # not a backup folder of this database
    elsewhere.parent.mkdir()
    for legacy in (old, recent, elsewhere):
        legacy.write_bytes(b"SQLite format 3\x00")
    removed = services.backups.rotate()
    services.close()
    assert old in removed and not old.exists()
    assert recent.exists() and elsewhere.exists()
