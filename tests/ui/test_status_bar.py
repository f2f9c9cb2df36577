"""The status bar follows the services' changes by itself: nothing refreshes it by hand."""

from __future__ import annotations

import threading

from desk_assistant.domain.followup import Status
from desk_assistant.domain.roles import Role
from desk_assistant.services.changes import Topic
from tests.packs import make_followup


def test_the_status_bar_follows_changes_made_through_the_services(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    status = window.status
    status.clock_timer.stop()  # only the services' changes may move it here
    followup = make_followup(services)  # stored straight into the repository: no change
    window.status.refresh()
    assert status.headline_label.text() == "Tindak lanjut: 1 jatuh tempo hari ini, 0 terlambat"
    assert status.headline_label.property("alarm") is True  # red: something to call today
    services.followups.change_status(followup.id, Status.RESOLVED, "SW")
    assert status.headline_label.text() == "Tindak lanjut: 0 jatuh tempo hari ini, 0 terlambat"
    assert status.headline_label.property("alarm") is False  # nothing waiting: not red
    services.auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    services.auth.lock()
    assert status.role_label.text() == "Peran: petugas meja"
    services.auth.unlock(Role.SUPERVISOR, "482915", "Kepala")
    assert status.role_label.text() == "Peran: penyelia"
    services.desk.end_shift()
    assert status.shift_label.text() == "Belum ada giliran kerja"
    services.desk.start_shift("Rina", "Meja 1")
    assert status.shift_label.text() == "Giliran: Rina di Meja 1"


def test_a_change_from_a_worker_thread_reaches_the_window_on_its_own_thread(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    status = window.status
    status.clock_timer.stop()
    seen: list[bool] = []
    status.changes.changed.connect(
        lambda _topic: seen.append(threading.current_thread() is threading.main_thread())
    )
    worker = threading.Thread(target=lambda: services.changes.emit(Topic.FOLLOWUPS))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen == [True]
