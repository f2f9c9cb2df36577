"""Where this PC's database lives: local (never roaming) data, one folder name, a folder
for every user when the installer chose one; an older version's database moved here."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desk_assistant.app import build_services
from tests.conftest import FakeClock
from tests.packs import make_followup

WIB = timezone(timedelta(hours=7))


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DESK_ASSISTANT_DB"}
    env.update(XDG_DATA_HOME=str(home / "share"), XDG_CONFIG_HOME=str(home / "config"))
    return subprocess.run(
        [sys.executable, "-m", "desk_assistant", *args, "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def old_database(home: Path) -> Path:
    """A database where versions before 0.2 kept it, with a follow-up and a backup."""
    old = home / "share" / "desk-assistant" / "desk-assistant" / "desk-assistant.db"
    old.parent.mkdir(parents=True)
    services = build_services(old, FakeClock(datetime(2026, 11, 24, 9, 30, tzinfo=WIB)))
    make_followup(services, "Laskar Pelangi")
    services.auth.unlock_unprotected(services.auth.role.__class__("supervisor"), "Kepala")
    assert services.backups is not None
    services.backups.backup("Kepala", "supervisor")
    services.close()
    return old


def test_an_older_versions_database_is_moved_once_with_all_that_belongs_to_it(
    tmp_path: Path,
) -> None:
    old = old_database(tmp_path)
    backups = sorted(p.name for p in (old.parent / "backups").iterdir())
    checked = run(tmp_path, "audit", "verify")
    assert checked.returncode == 0, checked.stderr
    new = tmp_path / "share" / "desk-assistant" / "desk-assistant.db"
    assert "were moved from" in checked.stderr and str(new.parent) in checked.stderr
    assert new.is_file() and not old.exists()
    assert new.with_name(new.name + ".custody").is_file()
    assert sorted(p.name for p in (new.parent / "backups").iterdir()) == backups
    import sqlite3

    with sqlite3.connect(new) as db:
        assert db.execute("SELECT item_title FROM followups").fetchall() == [("Laskar Pelangi",)]
    again = run(tmp_path, "audit", "verify")  # said once: the next start just uses it
    assert again.returncode == 0 and "moved" not in again.stderr


def test_a_database_still_open_is_used_where_it_is(tmp_path: Path) -> None:
    old = old_database(tmp_path)
    old.with_name(old.name + "-wal").write_bytes(b"")  # another program has it open
    checked = run(tmp_path, "audit", "verify")
    assert checked.returncode == 0, checked.stderr
    assert "is used where it is" in checked.stderr
    assert (
        old.is_file() and not (tmp_path / "share" / "desk-assistant" / "desk-assistant.db").exists()
    )


def test_a_new_pc_keeps_its_database_in_one_folder_name(tmp_path: Path) -> None:
    made = run(tmp_path, "demo", "--interactions", "5", "--followups", "1")
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "share" / "desk-assistant" / "desk-assistant.db").is_file()
    assert not (tmp_path / "share" / "desk-assistant" / "desk-assistant").exists()


def test_the_installers_folder_for_every_user(tmp_path: Path) -> None:
    from desk_assistant.ui.paths import MACHINE_CONFIG, machine_data_dir

    program = tmp_path / "program"
    program.mkdir()
    assert machine_data_dir(program) is None  # a per-user install writes none
    shared = tmp_path / "ProgramData" / "Desk Assistant"
    (program / MACHINE_CONFIG).write_text(f"[data]\nfolder = {shared}\n", encoding="utf-8")
    assert machine_data_dir(program) == shared
    (program / MACHINE_CONFIG).write_text("not an ini file", encoding="utf-8")
    assert machine_data_dir(program) is None  # unreadable: the user's own folder
