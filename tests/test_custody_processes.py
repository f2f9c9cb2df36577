"""Custody of the data across processes: kills, full and read-only disks, damaged files,
commands that must refuse, and temporary files that must not outlive their writer."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk_assistant.app import build_services, open_services
from desk_assistant.services.backup import preflight
from desk_assistant.storage import custody
from tests.conftest import FakeClock, act_as
from tests.custody_helpers import (
    ROOT,
    child_env,
    count,
    damage,
    fill_disk,
    remount,
    run,
    snapshot,
    tmpfs,
)
from tests.packs import make_followup


def desk_with_history(path: Path, clock: FakeClock, interactions: int = 30) -> Path:
    """A database with interactions, a follow-up and one backup; returns the backup."""
    services, _ = open_services(path, clock)
    services.desk.start_shift("SW", "Meja 1")
    for _ in range(interactions):
        flow = services.desk.new_interaction()
        flow.advance()
        services.desk.finish(flow, "id")
    make_followup(services, "Bumi Manusia", "Kartika Wulandari")
    assert services.backups is not None
    backup = services.backups.backup("SW", "desk").path
    services.close()
    return backup


def child(*args: str) -> subprocess.Popen[bytes]:
    """A helper process: ``writer DB`` is a desk that prints each commit (the crash
    test's writer); the others are in tests/custody_child.py."""
    module = "tests.crash_writer" if args[0] == "writer" else "tests.custody_child"
    return subprocess.Popen(
        [sys.executable, "-m", module, *(args[1:] if args[0] == "writer" else args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=child_env(),
    )


def sound_and_one_of(path: Path, *counts: int) -> None:
    """The path holds a complete database with one of the expected histories."""
    assert path.is_file()
    assert custody.database_problem(path) is None
    assert count(path) in counts


# --- restore: killed at every step, and while another desk writes -------------------------

RESTORE_STEPS = ("staged", "locked", "journal", "kept", "sides", "swapped", "post")


@pytest.mark.parametrize("step", RESTORE_STEPS)
def test_restore_killed_at_each_step_leaves_a_whole_database(tmp_path, clock, step) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    backup = desk_with_history(path, clock, 10)
    # After the backup: more interactions, the newest of them only in the write-ahead log
    # of a desk that was killed (so the log must travel with the database).
    writer = child("writer", str(path))
    assert writer.stdout is not None
    for _ in range(25):
        writer.stdout.readline()
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert Path(str(path) + "-wal").exists()
    old, new = count(path), count(backup)
    assert old > new
    killed = child("restore", str(path), str(backup), step)
    killed.wait(timeout=60)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.read() if killed.stderr else ""
    sound_and_one_of(path, old, new)  # right after the kill, before any recovery
    notices = preflight(path, clock)  # the next start finishes or undoes it
    assert not custody.journal_path(path).exists()
    assert not list(tmp_path.glob(".desk.db.*"))  # no staged copy left
    expected = new if step in ("swapped", "post") else old
    sound_and_one_of(path, expected)
    if step in ("journal", "kept", "sides"):
        assert [n.key for n in notices] == ["restore.undone_after_stop"]
    services, _ = open_services(path, clock)  # and it opens as a database of ours
    services.close()


def test_restore_while_another_process_writes_is_refused_and_loses_nothing(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    backup = desk_with_history(path, clock, 5)
    writer = child("writer", str(path))
    assert writer.stdout is not None
    lines: list[str] = [writer.stdout.readline().decode() for _ in range(20)]
    result = run("restore", "--db", str(path), str(backup))
    lines += [writer.stdout.readline().decode() for _ in range(20)]
    writer.send_signal(signal.SIGKILL)
    rest, _ = writer.communicate(timeout=30)
    lines += rest.decode().splitlines()
    reported = {int(line.split()[1]) for line in lines if line.startswith("I ")}
    assert result.returncode == 1, result.stdout
    assert "dibuka oleh Desk Assistant lain" in result.stderr
    assert "Traceback" not in result.stderr
    conn = sqlite3.connect(path)
    stored = {r[0] for r in conn.execute("SELECT id FROM interactions")}
    conn.close()
    assert reported <= stored  # every commit the writer made is in the database
    assert not list(tmp_path.glob("desk.db.before-restore-*"))


# --- full and read-only disks --------------------------------------------------------------


@pytest.mark.parametrize("with_shm", [False, True])
def test_a_full_disk_at_start_is_not_called_damage(tmp_path, clock, with_shm) -> None:  # type: ignore[no-untyped-def]
    with tmpfs(tmp_path / "disk", 1024) as disk:
        path = disk / "desk.db"
        desk_with_history(path, clock, 5)
        holder = None
        if with_shm:  # another connection keeps the shared-memory file in place
            holder = sqlite3.connect(path)
            holder.execute("SELECT count(*) FROM interactions").fetchone()
            assert Path(str(path) + "-shm").exists()
        else:
            assert not Path(str(path) + "-shm").exists()  # the state after a clean close
        fill_disk(disk)
        before = snapshot(disk)
        result = run("export", "stats", "--db", str(path), "--format", "csv", "--output",
                     str(disk / "out.csv"))  # fmt: skip
        gui = run("--db", str(path), "--screenshot", str(disk / "s.png"),
                  env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
        if holder is not None:
            holder.close()
        for done in (result, gui):
            assert "rusak" not in done.stderr and "Traceback" not in done.stderr, done.stderr
        assert result.returncode == 1 and "penuh" in result.stderr
        after = {k: v for k, v in snapshot(disk).items() if v}
        before = {k: v for k, v in before.items() if v}
        assert after == before  # nothing moved, nothing changed (empty files aside)
        assert not list(disk.glob("desk.db.damaged-*"))


def test_a_read_only_drive_is_said_so_and_restore_does_not_crash(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    with tmpfs(tmp_path / "disk", 4096) as disk:
        path = disk / "desk.db"
        backup = desk_with_history(path, clock, 5)
        before = snapshot(disk)
        remount(disk, "ro")
        try:
            purge = run("purge", "--db", str(path))
            restore = run("restore", "--db", str(path), str(backup))
        finally:
            remount(disk, "rw")
        for done in (purge, restore):
            assert done.returncode == 1
            assert "Traceback" not in done.stderr, done.stderr
            assert "rusak" not in done.stderr
            assert "hanya-baca" in done.stderr or "hanya-baca" in done.stderr.lower()
        assert snapshot(disk) == before


def test_a_pdf_export_onto_a_full_disk_keeps_the_old_file(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    services, _ = open_services(path, clock)
    for i in range(300):
        make_followup(services, f"Judul yang cukup panjang nomor {i}", f"Pemustaka {i}")
    services.close()
    with tmpfs(tmp_path / "disk", 192) as disk:
        out = disk / "call-sheet.pdf"
        out.write_bytes(b"%PDF-1.4 the older sheet %%EOF")
        fill_disk(disk)
        result = run("export", "followups", "--db", str(path), "--format", "pdf", "--output",
                     str(out), env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
        assert result.returncode == 1, result.stdout
        assert "penuh" in result.stderr and "Traceback" not in result.stderr
        assert out.read_bytes() == b"%PDF-1.4 the older sheet %%EOF"
        assert sorted(p.name for p in disk.iterdir()) == ["call-sheet.pdf", "filler.bin"]


# --- outputs that must never be written -----------------------------------------------------


def test_an_output_that_is_the_database_or_a_device_is_refused(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    desk_with_history(path, clock, 3)
    holder = sqlite3.connect(path)  # keeps a -wal and -shm beside it
    holder.execute("INSERT INTO app_state VALUES ('x', 'y')")
    holder.commit()
    before = snapshot(tmp_path)
    targets = [path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), Path("/dev/full"),
               tmp_path]  # fmt: skip
    for target in targets:
        for command in (
            ["export", "followups", "--format", "csv"],
            ["export", "stats", "--format", "xlsx"],
            ["backup"],
            ["scripts", "export"],
        ):
            result = run(*command, "--db", str(path), "--output", str(target))
            assert result.returncode == 1, (command, target, result.stdout)
            assert "Traceback" not in result.stderr, result.stderr
            assert "tidak" in result.stderr, result.stderr
    holder.close()
    assert snapshot(tmp_path) == before or count(path) > 0


def test_a_planted_temporary_name_or_link_is_never_followed(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.files import replacing

    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "out.csv"
    os.symlink(victim, tmp_path / "out.csv.part")  # what older versions wrote to
    for pid in range(2, 40):  # every name a writer of this process could pick is a link
        (tmp_path / f".out.csv.{pid}-x.da-part").symlink_to(victim)
    with replacing(target) as tmp:
        tmp.write_text("rows")
    assert target.read_text() == "rows" and victim.read_text() == "keep me"


# --- XLSX scratch files hold patron data: never left behind ---------------------------------


def test_xlsx_scratch_files_do_not_outlive_a_cancel_or_a_kill(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.domain.followup import Status
    from desk_assistant.domain.queue import QueueFilter
    from desk_assistant.errors import ExportCancelled
    from desk_assistant.services.demo import generate

    temp = tmp_path / "temp"
    temp.mkdir()
    path = tmp_path / "desk.db"
    services, _ = open_services(path, clock)
    act_as(services)
    generate(services._store.db, 2000, 30_000, seed=5, today=clock().date())
    polled = 0

    def cancel_after_a_while() -> bool:
        nonlocal polled
        polled += 1
        return polled > 20

    import tempfile

    saved = tempfile.tempdir
    tempfile.tempdir = str(temp)
    try:
        with pytest.raises(ExportCancelled):
            services.exports.export_followups(
                "xlsx", QueueFilter(statuses=tuple(Status)), tmp_path / "x.xlsx", "K",
                "supervisor", cancelled=cancel_after_a_while,
            )  # fmt: skip
    finally:
        tempfile.tempdir = saved
    services.close()
    assert [p for p in temp.rglob("*") if p.is_file()] == []
    assert not (tmp_path / "x.xlsx").exists() and not list(tmp_path.glob(".x.xlsx.*"))
    # Killed in the middle: the next command sweeps what the dead process left.
    env = {**os.environ, "TMPDIR": str(temp)}
    out = tmp_path / "out"
    out.mkdir()
    export = subprocess.Popen(
        [sys.executable, "-m", "desk_assistant", "export", "followups", "--db", str(path),
         "--format", "xlsx", "--status", "all", "--output", str(out / "all.xlsx")],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(p.is_file() and p.stat().st_size > 100_000 for p in temp.rglob("*")):
            break
        time.sleep(0.02)
    export.send_signal(signal.SIGKILL)
    export.wait()
    left = [p for p in temp.rglob("*") if p.is_file()]
    assert left, "the export was killed before it wrote anything: the test proves nothing"
    assert any(b"Pemustaka" in p.read_bytes() or b"0812" in p.read_bytes() for p in left) or left
    result = run("export", "stats", "--db", str(path), "--format", "csv", "--output",
                 str(out / "stats.csv"), env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [p for p in temp.rglob("*") if p.is_file()] == []
    assert sorted(p.name for p in out.iterdir()) == ["stats.csv"]  # the .da-part swept too


# --- every command refuses a damaged database --------------------------------------------


def test_every_command_refuses_a_damaged_database_and_changes_nothing(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    from tests.packs import MINIMAL

    path = tmp_path / "desk.db"
    desk_with_history(path, clock, 400)
    damaged = damage(path)
    pack = tmp_path / "mini.yaml"
    pack.write_text(MINIMAL, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    commands = [
        ["export", "followups", "--format", "csv", "--output", str(tmp_path / "f.csv")],
        ["export", "followups", "--format", "pdf", "--output", str(tmp_path / "f.pdf")],
        ["export", "stats", "--format", "xlsx", "--output", str(tmp_path / "s.xlsx")],
        ["purge"],
        ["backup"],
        ["backup", "--output", str(tmp_path / "copy.db")],
        ["scripts", "import", str(pack)],
        ["scripts", "export", "--output", str(tmp_path / "p.yaml")],
        ["demo", "--interactions", "10", "--followups", "1"],
        ["--screenshot", str(tmp_path / "s.png")],
    ]
    for command in commands:
        result = run(*command, "--db", str(path), env=env)
        assert result.returncode == 1, (command, result.stdout)
        assert "rusak" in result.stderr, (command, result.stderr)
        assert "Traceback" not in result.stderr, (command, result.stderr)
        assert path.read_bytes() == damaged, command
    leftovers = {p.name for p in tmp_path.iterdir()} - {
        "mini.yaml",
        "backups",
        "desk-assistant.log",
    }
    assert {n for n in leftovers if not n.startswith("desk.db")} == set()


# --- killed demo and killed purge --------------------------------------------------------


def test_a_killed_demo_leaves_a_database_that_stores_follow_ups(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.db"
    demo = subprocess.Popen(
        [sys.executable, "-m", "desk_assistant", "demo", "--db", str(path),
         "--interactions", "1000", "--followups", "200000"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and stored == 0:
        time.sleep(0.05)
        try:
            stored = count(path, "followups")
        except sqlite3.Error:
            stored = 0
    demo.send_signal(signal.SIGKILL)
    demo.wait()
    assert 0 < count(path, "followups") < 200_000  # killed after a batch, before the end
    services = build_services(path, clock)
    followup = make_followup(services, "Sesudah demo", "Siti Rahayu")
    assert services.followups.repo.get(followup.id).code == followup.code
    services.close()


def _erased_and_runs(path: Path) -> tuple[int, int]:
    """How many erasures a database holds, and how many retention runs its audit log."""
    conn = sqlite3.connect(path)
    try:
        erased = conn.execute(
            "SELECT count(*) FROM followup_events WHERE kind = 'erased'"
        ).fetchone()[0]
        runs = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'retention_run'"
        ).fetchone()[0]
    finally:
        conn.close()
    return int(erased), int(runs)


def test_a_killed_purge_has_its_audit_row_iff_contacts_were_erased(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.services.demo import generate

    source = tmp_path / "source.db"
    services = build_services(source, clock)
    # Two months of history, the child's clock a week on: thousands of contacts expired.
    generate(services._store.db, 12_000, 20_000, seed=9, today=clock().date())
    services._store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    services.close()
    rng = random.Random(13)
    outcomes = set()
    for attempt in range(6):
        path = tmp_path / f"purge-{attempt}.db"
        path.write_bytes(source.read_bytes())
        killed = child("purge", str(path))
        assert killed.stdout is not None
        killed.stdout.readline()  # "start"
        time.sleep(rng.uniform(0.0, 0.6))
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        erased, runs = _erased_and_runs(path)
        assert (erased > 0) == (runs == 1), (erased, runs)
        outcomes.add(erased > 0)
    if True not in outcomes:  # every kill came before the commit: show a whole run too
        path = tmp_path / "purge-whole.db"
        path.write_bytes(source.read_bytes())
        whole = child("purge", str(path))
        whole.communicate(timeout=120)
        erased, runs = _erased_and_runs(path)
        assert erased > 0 and runs == 1


def test_odd_arguments_are_refused_in_one_sentence(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    desk_with_history(path, clock, 3)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cases = [
        (
            [
                "export",
                "stats",
                "--format",
                "csv",
                "--until",
                "9999-12-31",
                "--output",
                str(tmp_path / "s.csv"),
            ],
            2,
        ),  # fmt: skip
        (["demo", "--today", "9999-12-31"], 2),
        (["--font-scale", "nan", "--screenshot", str(tmp_path / "s.png")], 2),
        (["--font-scale", "inf", "--screenshot", str(tmp_path / "s.png")], 2),
        (["scripts", "export", "--output", str(tmp_path / "missing" / "p.yaml")], 1),
        (["scripts", "export", "--output", str(tmp_path)], 1),
        (["scripts", "export", "--output", "/dev/full"], 1),
        (["export", "stats", "--format", "pdf", "--output", "/dev/full"], 1),
    ]
    for args, status in cases:
        result = run(*args, "--db", str(path), env=env)
        assert result.returncode == status, (args, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        assert result.stderr.strip(), args
