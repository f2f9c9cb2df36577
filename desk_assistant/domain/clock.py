"""Time, passed in so that tests can fix it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The local wall-clock time, with its UTC offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)
