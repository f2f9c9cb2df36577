"""What the services changed, for whoever shows it (the window's status bar, its lists).

The services call :meth:`Changes.emit` after a change is stored; the user interface
subscribes once instead of refreshing by hand after every action. No Qt here: the window
turns a change into a Qt signal (``ui.status_bar``), delivered on its own thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from enum import StrEnum

log = logging.getLogger(__name__)


class Topic(StrEnum):
    ROLE = "role"  # the role changed (a PIN, a lock, a scheduled task)
    SHIFT = "shift"  # a shift started or ended
    INTERACTIONS = "interactions"  # an interaction was stored
    FOLLOWUPS = "followups"  # a follow-up was promised, changed, erased or purged
    PACK = "pack"  # another script pack version is active
    SYNC = "sync"  # a cycle with the library server ended (online or not)


Listener = Callable[[Topic], None]


class Changes:
    """Listeners of the services' changes (a listener's error never undoes a change)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after each change; returns the call that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def emit(self, topic: Topic) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(topic)
            except Exception:  # the change is stored; only its display is late
                log.exception("A listener of %s changes failed", topic)
