"""Two desks as separate processes, each with its own SQLite file, one reaching the library
server through a link the test cuts and restores; a sync killed between the server's commit
and the desk's acknowledgement."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desk_assistant.app import build_services
from desk_assistant.domain.followup import Attempt, Status
from desk_assistant.domain.roles import Role
from tests.conftest import FakeClock
from tests.packs import make_followup
from tests.pg import Cluster
from tests.tcp_proxy import Proxy

WIB = timezone(timedelta(hours=7))

# A sync that dies right after the server committed, before the desk takes the records
# out of its outbox (the power cut at the worst moment).
CRASHING_SYNC = """
import os, sys
import sqlite_utils
original = sqlite_utils.Database.execute
def execute(self, sql, *args, **kwargs):
    if sql.startswith("DELETE FROM outbox"):
        os._exit(3)
    return original(self, sql, *args, **kwargs)
sqlite_utils.Database.execute = execute
from desk_assistant.cli import main
sys.exit(main(["sync", "--db", sys.argv[1], "--lang", "en"]))
"""


def sync(db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk_assistant", "sync", "--db", str(db), "--lang", "en"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def open_desk(db: Path):  # type: ignore[no-untyped-def]
    services = build_services(db, FakeClock(datetime(2026, 11, 24, 10, 42, tzinfo=WIB)))
    services.auth.unlock_unprotected(Role.SUPERVISOR, "Kepala")
    return services


def test_two_desk_processes_a_cut_link_a_refused_change_and_a_crash(  # type: ignore[no-untyped-def]
    library_db: Cluster, tmp_path
) -> None:
    from desk_assistant.services.sync import SyncService

    SyncService.init_server(library_db.conninfo(), [])
    proxy = Proxy(library_db.port)
    try:
        a_db, b_db = tmp_path / "a.db", tmp_path / "b.db"
        a = open_desk(a_db)
        a.sync.join(library_db.conninfo().replace(str(library_db.port), str(proxy.port)),
                    "Meja Sirkulasi", "Kepala")  # fmt: skip
        made = make_followup(a, "Laskar Pelangi", desk="Meja Sirkulasi", staff="Ani")
        a.close()
        b = open_desk(b_db)
        b.sync.join(library_db.conninfo(), "Meja Referensi", "Kepala")
        b.close()

        assert sync(a_db).returncode == 0
        assert sync(b_db).returncode == 0
        b = open_desk(b_db)
        there = b.followups.repo.find_by_code(made.code)
        assert there is not None and there.desk == "Meja Sirkulasi"  # seen at the other desk

        # A's link is cut: A goes on working, and its sync says so within seconds.
        proxy.cut()
        a = open_desk(a_db)
        a.followups.log_attempt(made.id, Attempt.CALLED_NO_ANSWER, "Ani")
        waiting = a.sync.pending()
        a.close()
        started = time.monotonic()
        offline = sync(a_db)
        assert offline.returncode == 1 and "cannot be reached" in offline.stderr
        assert time.monotonic() - started < 10
        # Meanwhile B resolves it.
        b.followups.change_status(there.id, Status.RESOLVED, "Budi", "Sudah diambil")
        b.close()
        assert sync(b_db).returncode == 0

        # The link is back: A's operations go up; the stale one is refused and said.
        proxy.restore()
        back = sync(a_db)
        assert back.returncode == 0, back.stderr
        assert f"{made.code} was not changed: already resolved at Meja Referensi by Budi" in (
            back.stdout
        )
        a = open_desk(a_db)
        events = "SELECT count(*) FROM outbox WHERE kind = 'event'"
        assert a._store.db.execute(events).fetchone()[0] == 0 and waiting > 0
        assert a.followups.repo.find_by_code(made.code).status is Status.RESOLVED

        # A sync killed after the server's commit, before A's acknowledgement: the next
        # one finds everything already applied.
        version = "SELECT version FROM desk_assistant.followups WHERE code = %s"
        before = library_db.sql(version, made.code)[0][0]
        a.followups.change_status(made.id, Status.OPEN, "Ani", "Pemustaka datang lagi")
        a.close()
        crashed = subprocess.run(
            [sys.executable, "-c", CRASHING_SYNC, str(a_db)], capture_output=True, check=False
        )
        assert crashed.returncode == 3
        a = open_desk(a_db)
        assert a._store.db.execute(events).fetchone()[0] > 0  # not acknowledged
        a.close()
        replay = sync(a_db)
        assert replay.returncode == 0, replay.stderr
        assert library_db.sql(version, made.code)[0][0] == before + 1  # applied once
        assert library_db.sql(
            "SELECT status FROM desk_assistant.followups WHERE code = %s", made.code
        ) == [("open",)]
        # Per desk, the server holds what each desk recorded.
        for db, name in ((a_db, "Meja Sirkulasi"), (b_db, "Meja Referensi")):
            services = open_desk(db)
            local = services._store.db.execute(
                "SELECT (SELECT count(*) FROM audit_log)"
                " - (SELECT count(*) FROM outbox WHERE kind = 'audit')"
            ).fetchone()[0]  # all but what waits (this very opening's own audit row)
            services.close()
            assert library_db.sql(
                "SELECT count(*) FROM desk_assistant.audit_log WHERE desk = %s", name
            ) == [(local,)]
    finally:
        proxy.close()
