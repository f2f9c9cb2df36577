"""The desk and the library server, in the background: push and pull on another thread,
the status bar says online, offline and how many records wait; the desk never waits.

Runs only when the desk has joined a server. A cycle starts every half minute, and a few
seconds after the desk records something; one cycle at a time.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desk_assistant.errors import DeskAssistantError
from desk_assistant.services.changes import Topic

if TYPE_CHECKING:
    from desk_assistant.app import Services
    from desk_assistant.services.sync import SyncResult

log = logging.getLogger(__name__)


class SyncWorker(QObject):
    """One push-and-pull cycle at a time, off the window's thread."""

    # (online, result or None, the reason when offline), on the window's thread.
    finished = Signal(bool, object, str)
    INTERVAL_MS = 30_000
    AFTER_CHANGE_MS = 3_000

    def __init__(
        self, services: Services, language: Callable[[], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.lang = language
        self.online: bool | None = None  # None: not tried yet
        self.reason = ""
        self.running = False
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.start_cycle)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(self.AFTER_CHANGE_MS)
        self.soon.timeout.connect(self.start_cycle)
        self.finished.connect(self._done)

    def active(self) -> bool:
        return self.services.sync.configured()

    def start(self) -> None:
        if self.active():
            self.timer.start()
            QTimer.singleShot(0, self, self.start_cycle)

    def changed(self, topic: str) -> None:
        """Something was recorded: send it in a few seconds."""
        recorded = topic in (Topic.INTERACTIONS.value, Topic.FOLLOWUPS.value)
        if recorded and not self.running and self.active():
            self.soon.start()

    def start_cycle(self) -> None:
        if self.running or not self.active():
            return
        self.running = True
        services = self.services

        def work() -> None:
            try:
                with services.sync_in_worker() as sync:
                    result = sync.sync_once()
            except DeskAssistantError as exc:
                outcome: tuple[bool, object, str] = (False, None, exc.user_message(self.lang()))
            except Exception:  # noqa: BLE001 (logged; the desk goes on offline)
                log.exception("Sync cycle failed")
                outcome = (False, None, "")
            else:
                outcome = (True, result, "")
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                self.finished.emit(*outcome)

        # Not a daemon: an exit waits for the cycle (seconds at most: the link's timeouts).
        self._thread = threading.Thread(target=work, name="library-sync")
        self._thread.start()

    def _done(self, online: bool, result: SyncResult | None, reason: str) -> None:
        self.running = False
        self.online, self.reason = online, reason
        if result is not None and (result.received or result.refused):
            self.services.changes.emit(Topic.FOLLOWUPS)  # the queue shows the library's
        if result is not None and result.pack_changed:
            self.services.packs.reload()  # the next patron hears the library's pack
        self.services.changes.emit(Topic.SYNC)

    def wait(self, seconds: float = 10.0) -> None:
        """For a test or the exit: let a cycle under way end."""
        if self._thread is not None:
            self._thread.join(seconds)
