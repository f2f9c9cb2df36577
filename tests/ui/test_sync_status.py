"""The desk's view of the library server: online, offline, what waits, what was refused."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from desk_assistant.app import build_services
from desk_assistant.domain.followup import Status
from desk_assistant.domain.roles import Role
from tests.conftest import FakeClock, flush_deletes
from tests.packs import make_followup
from tests.pg import Cluster

WIB = timezone(timedelta(hours=7))


def joined(path: Path, conninfo: str, name: str):  # type: ignore[no-untyped-def]
    services = build_services(path, FakeClock(datetime(2026, 11, 24, 9, 30, tzinfo=WIB)))
    services.auth.unlock_unprotected(Role.SUPERVISOR, "Kepala")
    services.sync.join(conninfo, name, "Kepala")
    return services


def test_the_status_bar_says_online_offline_and_what_was_refused(  # type: ignore[no-untyped-def]
    qtbot, settings, library_db: Cluster, tmp_path
) -> None:
    from desk_assistant.services.sync import SyncService
    from desk_assistant.ui.application import build_window

    conninfo = library_db.conninfo()
    SyncService.init_server(conninfo, [])
    a = joined(tmp_path / "a.db", conninfo, "Meja Sirkulasi")
    b = joined(tmp_path / "b.db", conninfo, "Meja Referensi")
    made = make_followup(a, "Laskar Pelangi", desk="Meja Sirkulasi")
    window, _ = build_window(a, settings, language="id", font_scale=1.0)
    try:
        window.show()
        worker, status = window.sync_worker, window.status
        qtbot.waitUntil(lambda: worker.online is True, timeout=10000)  # the first cycle
        assert status.server_label.text() == "Server: tersambung · 0 menunggu"
        b.sync.sync_once()
        there = b.followups.repo.find_by_code(made.code)
        b.followups.change_status(there.id, Status.RESOLVED, "Budi", "Sudah diambil")
        b.sync.sync_once()
        # The link to the server goes down: the desk goes on, and says so.
        a.sync.state.set("server_conninfo", conninfo.replace(str(library_db.port), "1"))
        a.followups.change_status(made.id, Status.CANCELLED, "Ani", "Pemustaka membatalkan")
        worker.start_cycle()
        qtbot.waitUntil(lambda: worker.online is False, timeout=10000)
        assert status.server_label.text() == "Server: tidak tersambung · 1 menunggu"
        assert "tidak dapat dihubungi" in status.server_label.toolTip()
        # Back online: A's change was made on a state that no longer holds.
        a.sync.state.set("server_conninfo", conninfo)
        worker.start_cycle()
        qtbot.waitUntil(lambda: worker.online is True and not worker.running, timeout=10000)
        assert status.refusal_label.isVisibleTo(window)
        assert status.refusal_label.text() == (
            f"{made.code} tidak diubah di sini: sudah selesai di Meja Referensi oleh Budi (09:30)"
        )
        assert a.followups.repo.find_by_code(made.code).status is Status.RESOLVED
        window.show_view("followups")  # looked at where it happened: the notice goes
        assert not status.refusal_label.isVisibleTo(window)
    finally:
        window.sync_worker.timer.stop()
        window.sync_worker.wait()
        window.close()
        window.deleteLater()
        flush_deletes()
        a.close()
        b.close()
