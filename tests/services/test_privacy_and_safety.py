"""Retention, patron requests, the audit log, backups, restore, damaged files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desk_assistant.app import build_services
from desk_assistant.domain.followup import Status
from desk_assistant.domain.queue import QueueFilter
from desk_assistant.errors import DatabaseDamagedError, StorageError
from desk_assistant.services.backup import own_backups, restore_backup
from desk_assistant.storage.custody import check_sound, database_problem
from tests.conftest import FakeClock, act_as
from tests.packs import make_followup


@pytest.fixture
def on_disk(tmp_path: Path, clock: FakeClock):  # type: ignore[no-untyped-def]
    built = build_services(tmp_path / "desk.db", clock)
    act_as(built)
    yield built
    built.close()


def test_retention_erases_contact_fts_and_file_bytes(on_disk, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    old = make_followup(on_disk, "Bumi Manusia", "Kartika Wulandari", phone="0813-9876-5432")
    recent = make_followup(on_disk, "Laskar Pelangi", "Budi Santoso")
    still_open = make_followup(on_disk, "Laut Bercerita", "Siti Aminah", phone="0857-1111-2222")
    on_disk.followups.change_status(old.id, Status.RESOLVED, "SW", "")
    clock.advance(20 * 24 * 3600)
    on_disk.followups.change_status(recent.id, Status.RESOLVED, "SW", "")
    clock.advance(11 * 24 * 3600)  # old: closed 31 days ago; recent: 11 days ago
    act_as(on_disk)  # the supervisor's role lapsed while the days went by

    cleared = on_disk.privacy.purge_expired()
    assert cleared == 1
    assert on_disk.followups.get(old.id).contact is None
    assert on_disk.followups.get(recent.id).contact is not None
    assert on_disk.followups.get(still_open.id).contact is not None  # open keeps contact
    everything = QueueFilter(statuses=tuple(Status), search="Kartika")
    assert on_disk.followups.count(everything) == 0
    assert on_disk.followups.count(QueueFilter(statuses=tuple(Status), search="Budi")) == 1
    on_disk._store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = b"".join(
        p.read_bytes() for p in Path(on_disk.db_path).parent.glob("desk.db*") if p.is_file()
    )
    assert b"+6281398765432" not in data and b"Kartika" not in data
    assert b"+6285711112222" in data  # the open follow-up's phone is still there
    assert on_disk.privacy.purge_expired() == 0  # nothing left to clear
    runs = [e for e in on_disk._store.audit.entries() if e.action == "retention_run"]
    assert runs[0].detail == {"cleared": 0, "days": 30}


def test_patron_request_find_export_erase(on_disk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = make_followup(on_disk, "Bumi Manusia", "Budi Santoso")
    second = make_followup(on_disk, "Laskar Pelangi", "Budi Santoso")
    make_followup(on_disk, "Laut Bercerita", "Siti Aminah", phone="0857-1111-2222")
    by_phone = on_disk.privacy.find_patron("+62 812 3456 7890")
    assert {f.id for f in by_phone} == {first.id, second.id}
    assert {f.id for f in on_disk.privacy.find_patron("budi santoso")} == {first.id, second.id}
    assert [f.id for f in on_disk.privacy.find_patron(first.code.lower())] == [first.id]
    path = tmp_path / "access.json"
    on_disk.privacy.export_patron(by_phone, path, "Kepala", "supervisor")
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert [r["name"] for r in exported["followups"]] == ["Budi Santoso", "Budi Santoso"]
    assert exported["followups"][0]["phone"] == "0812-3456-7890"
    assert on_disk.privacy.erase_patron(by_phone, "Kepala", "supervisor") == 2
    assert on_disk.privacy.find_patron("budi santoso") == []
    actions = [e.action for e in on_disk._store.audit.entries()]
    assert "erasure" in actions and "patron_access_export" in actions
    details = json.dumps([e.detail for e in on_disk._store.audit.entries()])
    assert "Budi" not in details and "3456" not in details  # never the data itself


def test_audit_log_is_append_only(on_disk) -> None:  # type: ignore[no-untyped-def]
    followup = make_followup(on_disk)
    on_disk.followups.reveal(followup.id, "SW")
    assert on_disk._store.audit.entries()[0].action == "reveal"
    with pytest.raises(sqlite3.DatabaseError):
        on_disk._store.db.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.DatabaseError):
        on_disk._store.db.execute("UPDATE audit_log SET who = 'nobody'")
    on_disk._store.db.conn.rollback()
    assert len(on_disk._store.audit.entries()) == 1


def test_backup_is_checked_rotated_and_restorable(on_disk, clock: FakeClock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    backups = on_disk.backups
    make_followup(on_disk)
    for _ in range(40):  # forty days of daily backups
        backups.backup("SW", "desk")
        clock.advance(24 * 3600)
    kept = backups.backups()
    assert 7 <= len(kept) <= 11  # 7 daily + up to 4 weekly
    newest = kept[0].path
    assert database_problem(newest) is None
    make_followup(on_disk, "Sesudah cadangan")
    on_disk.close()  # a restore is refused while the database is open (see test_custody)
    done = restore_backup(Path(on_disk.db_path), newest, clock, "Kepala", "supervisor")
    assert done.aside is not None and done.aside.exists()  # the current file is kept
    restored = build_services(Path(on_disk.db_path), clock)
    assert restored.followups.repo.count() == 1
    restored.close()


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncated":
        path.write_bytes(bytes(data[: len(data) // 3]))
    else:
        for offset in range(4096, len(data), 997):
            data[offset : offset + 64] = b"\xde\xad\xbe\xef" * 16
        path.write_bytes(bytes(data))


def big_database(path: Path, clock: FakeClock) -> None:
    from desk_assistant.services.demo import generate
    from desk_assistant.storage.database import open_database

    db = open_database(path)
    generate(db, 3000, 300, seed=3, today=clock().date())
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


@pytest.mark.parametrize("how", ["truncated", "overwritten"])
def test_backup_of_a_damaged_database_fails_and_keeps_older(tmp_path, clock, how) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    big_database(path, clock)
    services = build_services(path, clock)
    assert services.backups is not None
    good = services.backups.backup("SW", "desk").path
    services.close()
    damage(path, how)
    with pytest.raises(DatabaseDamagedError):
        check_sound(path)
    from desk_assistant.services.backup import BackupService
    from desk_assistant.storage.app_state import AppState
    from desk_assistant.storage.audit import AuditLog
    from desk_assistant.storage.database import open_database

    # The damaged file cannot hold its own settings: a scratch database stands in.
    scratch = open_database(None)
    clock.advance(60)
    service = BackupService(path, AppState(scratch), AuditLog(scratch), clock)
    with pytest.raises(StorageError) as info:
        service.backup("SW", "desk")
    assert info.value.message.key == "backup.source_damaged"
    assert [b.path for b in own_backups(path)] == [good]


def test_restore_refuses_a_bad_backup_and_keeps_the_current(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    services = build_services(path, clock)
    make_followup(services)
    services.close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a backup" * 100)
    before = path.read_bytes()
    with pytest.raises(StorageError) as info:
        restore_backup(path, bad, clock, "Kepala", "supervisor")
    assert info.value.message.key == "backup.bad_file"
    assert path.read_bytes() == before
    plain = tmp_path / "other.db"
    sqlite3.connect(plain).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(StorageError):
        restore_backup(path, plain, clock, "Kepala", "supervisor")  # a database, not ours


def test_read_only_and_full_disk_give_clear_messages(services, clock) -> None:  # type: ignore[no-untyped-def]
    services.desk.start_shift("SW", "Meja 1")
    flow = services.desk.new_interaction()
    flow.advance()
    services._store.db.execute("PRAGMA query_only = 1")  # as a read-only file or drive behaves
    with pytest.raises(StorageError) as info:
        services.desk.finish(flow, "id")
    assert "hanya-baca" in info.value.user_message("id")
    services._store.db.execute("PRAGMA query_only = 0")
    assert services.desk.finish(flow, "id").steps == ("greet", "card")  # nothing was lost
    page_count = services._store.db.execute("PRAGMA page_count").fetchone()[0]
    services._store.db.execute(f"PRAGMA max_page_count = {page_count}")
    with pytest.raises(StorageError) as info:
        for i in range(2000):
            make_followup(services, f"Judul panjang sekali {i}" * 5)
    assert "Disk penuh" in info.value.user_message("id")


def test_two_instances_on_one_database_write_without_locked_errors(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    import threading

    path = tmp_path / "shared.db"
    build_services(path, clock).close()
    errors: list[BaseException] = []

    def desk(name: str) -> None:
        services = build_services(path, clock)
        try:
            services.desk.start_shift(name, name)
            for _ in range(60):
                flow = services.desk.new_interaction()
                flow.advance()
                services.desk.finish(flow, "id")
                make_followup(services, f"Judul {name}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            services.close()

    threads = [threading.Thread(target=desk, args=(n,)) for n in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM interactions").fetchone()[0] == 120
    assert conn.execute("SELECT count(DISTINCT code) FROM followups").fetchone()[0] == 120


def test_a_chosen_backup_folder_is_noted_beside_the_database(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.services.backup import backup_folders, newest_good_backup
    from desk_assistant.storage.custody import read_record, record_path

    path = tmp_path / "desk.db"
    services = build_services(path, clock)
    act_as(services)
    assert services.backups is not None
    assert backup_folders(path) == [tmp_path / "backups"]
    services.backups.backup("SW", "desk")  # to the default folder
    usb = tmp_path / "usb"
    services.backups.set_folder(usb, "Kepala", "supervisor")
    assert read_record(path)["backup_folder"] == str(usb)
    assert backup_folders(path) == [usb, tmp_path / "backups"]
    clock.advance(300)
    newer = services.backups.backup("SW", "desk").path
    assert newer.parent == usb
    # The newest good backup of either folder, found without opening the database.
    assert newest_good_backup(path) == newer
    record_path(path).unlink()
    services.backups.backup("SW", "desk", reason="daily")  # writes the record again
    assert read_record(path)["backup_folder"] == str(usb)
    record_path(path).write_bytes(b"\xff\xfe garbage")
    assert backup_folders(path) == [tmp_path / "backups"]
    services.close()


def test_after_erasure_the_patron_is_nowhere_in_the_files(on_disk, tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.domain.followup import Attempt

    followup = make_followup(on_disk, "Bumi Manusia", "Kartika Wulandari", phone="0813-9876-5432")
    on_disk.followups.log_attempt(
        followup.id, Attempt.CALLED_NO_ANSWER, "SW", "Kartika minta ditelepon di 0813-9876-5432"
    )
    on_disk.followups.change_status(
        followup.id, Status.CANCELLED, "SW", "Kartika Wulandari sudah membeli bukunya"
    )
    # A supervisor exports the queue searched by her name: the log keeps no name.
    on_disk.exports.export_followups(
        "csv", QueueFilter(statuses=tuple(Status), search="Kartika"), tmp_path / "q.csv",
        "Kepala", "supervisor", masked=True,
    )  # fmt: skip
    (tmp_path / "q.csv").unlink()
    found = on_disk.privacy.find_patron("Kartika Wulandari")
    assert on_disk.privacy.erase_patron(found, "Kepala", "supervisor") == 1
    history = [e.detail for e in on_disk.followups.repo.events(followup.id)]
    assert any(d.get("note_erased") for d in history)
    assert any(d.get("reason_erased") for d in history)
    path = Path(on_disk.db_path)
    for file in [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", ".erasures"))]:
        if file.exists():
            raw = file.read_bytes()
            for needle in ("Kartika", "Wulandari", "98765432", "9876-5432"):
                assert needle.encode() not in raw, (file.name, needle)
    exported = [e.detail for e in on_disk._store.audit.entries() if e.action == "export"][0]
    assert exported["filters"]["search"] is True


def test_composed_and_decomposed_names_find_each_other(services) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.domain.followup import CaseForm, clean_text

    assert clean_text("Bu\u0301di  Santoso") == "B\u00fadi Santoso"
    make_followup(services, "Laskar Pelangi", "B\u00fadi Santoso")  # composed
    for query in ("Bu\u0301di", "B\u00fadi", "budi", "BUDI"):
        assert services.followups.count(QueueFilter(search=query)) == 1, query
        assert len(services.privacy.find_patron(query)) == 1, query
    # Typed in decomposed form at the desk, it is stored composed.
    from desk_assistant.domain.followup import Channel, validate_case

    form = CaseForm(
        title="Laskar Pelangi",
        options=("hold",),
        consent=True,
        name="Siti Ru\u0301stika",
        phone="0812-3456-7890",
        channel=Channel.WHATSAPP,
        due=services.clock().date(),
    )
    case = validate_case(form, frozenset({"hold"}), services.clock().date())
    assert case.contact is not None and case.contact.name == "Siti R\u00fastika"


def test_invalid_text_in_a_search_is_refused_with_a_message(services) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.errors import ValidationError

    for call in (
        lambda: services.followups.count(QueueFilter(search="Budi\ud800")),
        lambda: services.privacy.find_patron("\udfff"),
    ):
        with pytest.raises(ValidationError) as info:
            call()
        assert "rusak" in info.value.user_message("id")


@pytest.mark.parametrize("what", ["patron data", "script pack"])
def test_a_file_that_cannot_be_written_is_said_in_words_for_every_writer(
    on_disk, tmp_path: Path, what: str
) -> None:  # type: ignore[no-untyped-def]
    """One error path: a missing folder is a translated message, never a raw OSError, and
    nothing is recorded as exported."""
    from desk_assistant.errors import FileWriteError

    make_followup(on_disk, "Bumi Manusia", "Budi Santoso")
    target = tmp_path / "no such folder" / "out.file"
    before = len(on_disk._store.audit.entries())
    with pytest.raises(FileWriteError) as info:
        if what == "patron data":
            found = on_disk.privacy.find_patron("budi")
            on_disk.privacy.export_patron(found, target, "Kepala", "supervisor")
        else:
            on_disk.packs.export(target)
    assert "foldernya tidak ada" in info.value.user_message("id")
    assert "folder does not exist" in info.value.user_message("en")
    assert len(on_disk._store.audit.entries()) == before


def test_a_rare_system_error_is_said_in_the_systems_words() -> None:
    import errno

    from desk_assistant.errors import FileWriteError

    error = FileWriteError.from_os_error("x.csv", OSError(errno.ELOOP, "Too many levels"))
    assert "sistem menjawab: Too many levels" in error.user_message("id")
    assert "the system said: Too many levels" in error.user_message("en")
