"""The audit log is tamper-evident: every kind of change outside the application shows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desk_assistant.app import build_services
from tests.conftest import act_as
from tests.custody_helpers import run
from tests.packs import make_followup


@pytest.fixture
def logged(tmp_path: Path, clock):  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    services = build_services(path, clock)
    act_as(services)
    for i in range(6):
        followup = make_followup(services, f"Judul {i}", f"Pemustaka {i}")
        services.followups.reveal(followup.id, "SW")
    services.close()
    return path


def tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def verify(path: Path, clock):  # type: ignore[no-untyped-def]
    services = build_services(path, clock)
    act_as(services)
    try:
        return services.audit_log.verify()
    finally:
        services.close()


def test_an_untouched_log_is_intact(logged, clock) -> None:  # type: ignore[no-untyped-def]
    check = verify(logged, clock)
    assert check.intact and check.rows == 6
    result = run("audit", "verify", "--db", str(logged))
    assert result.returncode == 0 and "utuh" in result.stdout


@pytest.mark.parametrize(
    ("statements", "row"),
    [
        (["DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET who = 'X' WHERE id = 3"], 3),
        (["DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE id = 4"], 4),
        (
            [
                "DROP TRIGGER audit_log_no_replace",
                "INSERT OR REPLACE INTO audit_log (id, at, who, role, action, detail, hash)"
                " SELECT id, at, 'X', role, action, detail, hash FROM audit_log WHERE id = 2",
            ],
            2,
        ),
        (
            [
                "INSERT INTO audit_log (at, who, role, action, detail)"
                " VALUES ('2026-11-24T10:00:00+07:00', 'X', 'supervisor', 'export', '{}')"
            ],
            7,
        ),
    ],
    ids=["edited", "deleted", "replaced", "inserted"],
)
def test_a_changed_row_breaks_the_chain_where_it_happened(logged, clock, statements, row) -> None:  # type: ignore[no-untyped-def]
    tamper(logged, *statements)
    check = verify(logged, clock)
    assert not check.intact
    assert check.broken_at == row
    result = run("audit", "verify", "--db", str(logged))
    assert result.returncode == 1 and f"entri {row}" in result.stderr


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT OR REPLACE INTO audit_log (id, at, who, role, action, detail)"
        " VALUES (1, 'x', 'x', 'x', 'x', '{}')",
        "REPLACE INTO audit_log (id, at, who, role, action, detail)"
        " SELECT id, at, 'x', role, action, detail FROM audit_log",
        "UPDATE audit_log SET who = 'x'",
        "DELETE FROM audit_log",
    ],
)
def test_replace_update_and_delete_are_refused_from_any_connection(logged, statement) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(logged)  # not ours: no pragma of ours applies
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute(statement)
    conn.close()


def test_removed_protection_is_reported(logged, clock) -> None:  # type: ignore[no-untyped-def]
    tamper(logged, "DROP TRIGGER audit_log_no_replace")
    check = verify(logged, clock)
    assert not check.intact and check.reason == "unprotected"
    result = run("audit", "verify", "--db", str(logged))
    assert result.returncode == 1 and "pemicu" in result.stderr
