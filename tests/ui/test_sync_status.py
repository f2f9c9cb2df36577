"""The desk's view of the library server: online, offline, what waits, what was refused."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from desk_assistant.app import build_services
from desk_assistant.domain.followup import Status
from desk_assistant.domain.roles import Role
from tests.conftest import FakeClock, act_as, flush_deletes
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


def test_the_supervisor_joins_a_desk_from_the_window_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, settings, library_db: Cluster, tmp_path
) -> None:
    """File → Library server: check, then join; the desk starts sending in the background."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from desk_assistant.services.sync import SyncService
    from desk_assistant.ui.application import build_window
    from desk_assistant.ui.server_dialog import ServerDialog

    conninfo = library_db.conninfo()
    services = build_services(
        tmp_path / "desk.db", FakeClock(datetime(2026, 11, 24, 9, 30, tzinfo=WIB))
    )
    make_followup(services, "Laskar Pelangi", desk="Meja Anak")  # its history
    window, _ = build_window(services, settings, language="id", font_scale=1.0)
    seen: dict[str, str] = {}

    def key(widget, letter: str) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)

    def use_the_dialog() -> None:
        dialog = window.findChild(ServerDialog)
        assert dialog is not None

        def answered(before: str) -> bool:
            text = dialog.result_label.text()
            return text not in (before, "Memeriksa server…") and dialog.check_button.isEnabled()

        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert QApplication.focusWidget() is dialog.conninfo_edit
        qtbot.keyClicks(dialog.conninfo_edit, conninfo)
        qtbot.keyClick(dialog.conninfo_edit, Qt.Key.Key_Return)  # checks; never closes
        qtbot.waitUntil(lambda: answered(""), timeout=10000)
        assert dialog.isVisible()
        dialog.result_label.setText("")
        key(dialog, "P")  # Periksa: the schema is not there yet
        qtbot.waitUntil(lambda: answered(""), timeout=10000)
        seen["before init"] = dialog.result_label.text()
        SyncService.init_server(conninfo, [])
        key(dialog, "P")
        qtbot.waitUntil(lambda: answered(seen["before init"]), timeout=10000)
        seen["after init"] = dialog.result_label.text()
        key(dialog, "M")
        assert QApplication.focusWidget() is dialog.desk_edit
        dialog.desk_edit.selectAll()
        qtbot.keyClicks(dialog.desk_edit, "Meja Anak")
        key(dialog, "G")  # Gabung
        qtbot.waitUntil(lambda: services.sync.configured())
        seen["joined"] = dialog.result_label.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    try:
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        act_as(services)  # the supervisor's PIN was given
        QTimer.singleShot(0, use_the_dialog)
        window.server_action.trigger()
        assert "server init" in seen["before init"]
        assert "boleh memakainya" in seen["after init"]
        assert "data kontak pemustaka" in seen["after init"]
        assert "sebagai 'Meja Anak'" in seen["joined"]
        worker = window.sync_worker
        qtbot.waitUntil(lambda: worker.online is True and not worker.running, timeout=10000)
        assert window.status.server_label.text() == "Server: tersambung · 0 menunggu"
        assert library_db.sql("SELECT desk FROM desk_assistant.followups") == [("Meja Anak",)]
        joined = services.audit_log.entries(action="settings_change")
        assert joined and "Meja Anak" in str(joined[0].detail)
    finally:
        window.sync_worker.timer.stop()
        window.sync_worker.wait()
        window.close()
        window.deleteLater()
        flush_deletes()
        services.close()
