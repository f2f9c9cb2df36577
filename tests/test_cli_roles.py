"""The command line follows the services' rules: PINs, masking, who did it."""

from __future__ import annotations

import getpass
import socket
from pathlib import Path

import pytest

from desk_assistant.app import build_services
from desk_assistant.domain.roles import Role
from tests.conftest import act_as
from tests.custody_helpers import run
from tests.packs import make_followup

PIN = "482915"


@pytest.fixture
def protected_db(tmp_path: Path, clock) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    services = build_services(path, clock)
    act_as(services)
    make_followup(services, "Laskar Pelangi", "Budi Santoso", phone="0812-3456-7890")
    services.auth.set_pin(Role.SUPERVISOR, PIN, "Kepala")
    services.close()
    return path


def pin_file(folder: Path, mode: int, pin: str = PIN) -> Path:
    path = folder / "pin.txt"
    path.write_text(pin + "\n", encoding="utf-8")
    path.chmod(mode)
    return path


def audit_rows(path: Path, clock, action: str):  # type: ignore[no-untyped-def]
    services = build_services(path, clock)
    act_as(services)
    try:
        return [e for e in services.audit_log.entries() if e.action == action]
    finally:
        services.close()


def test_exports_are_masked_without_a_pin(protected_db, tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "masked.csv"
    result = run("export", "followups", "--db", str(protected_db), "--format", "csv",
                 "--status", "all", "--output", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert "Budi Santoso" not in text and "3456" not in text and "B*** S***" in text
    exports = audit_rows(protected_db, clock, "export")
    assert exports[0].detail["masked"] is True
    assert exports[0].who == f"{getpass.getuser()}@{socket.gethostname()} (command line)"
    assert exports[0].role == "scheduled"


def test_an_unmasked_export_needs_the_supervisor_pin(protected_db, tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "full.csv"
    args = ("export", "followups", "--db", str(protected_db), "--format", "csv", "--status",
            "all", "--unmasked", "--output", str(out))  # fmt: skip
    refused = run(*args)  # no terminal, no PIN file
    assert refused.returncode == 1 and "memerlukan PIN supervisor" in refused.stderr
    assert not out.exists()
    wrong = run(*args, "--pin-file", str(pin_file(tmp_path, 0o600, "000000")))
    assert wrong.returncode == 1 and "PIN salah" in wrong.stderr and not out.exists()
    allowed = run(*args, "--pin-file", str(pin_file(tmp_path, 0o600)))
    assert allowed.returncode == 0, allowed.stderr
    assert "Budi Santoso" in out.read_text(encoding="utf-8-sig")
    export = audit_rows(protected_db, clock, "export")[0]
    assert export.detail["masked"] is False and export.role == "supervisor"
    assert export.who.startswith(f"{getpass.getuser()}@{socket.gethostname()}")


def test_a_pin_file_others_can_read_is_refused(protected_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "full.csv"
    for mode in (0o644, 0o640, 0o604):
        result = run("export", "followups", "--db", str(protected_db), "--format", "csv",
                     "--unmasked", "--output", str(out),
                     "--pin-file", str(pin_file(tmp_path, mode)))  # fmt: skip
        assert result.returncode == 1 and "dapat dibaca orang lain" in result.stderr
        assert not out.exists()


def test_restore_and_backup_elsewhere_need_the_pin(protected_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "copy.db"
    refused = run("backup", "--db", str(protected_db), "--output", str(copy))
    assert refused.returncode == 1 and not copy.exists()
    rotated = run("backup", "--db", str(protected_db))  # into the backup folder: unattended
    assert rotated.returncode == 0, rotated.stderr
    pin = str(pin_file(tmp_path, 0o600))
    assert run("backup", "--db", str(protected_db), "--output", str(copy),
               "--pin-file", pin).returncode == 0  # fmt: skip
    before = protected_db.read_bytes()
    refused = run("restore", "--db", str(protected_db), str(copy))
    assert refused.returncode == 1 and "PIN" in refused.stderr
    assert protected_db.read_bytes() == before
    allowed = run("restore", "--db", str(protected_db), str(copy), "--pin-file", pin)
    assert allowed.returncode == 0, allowed.stderr
    assert run("purge", "--db", str(protected_db)).returncode == 0  # unattended
