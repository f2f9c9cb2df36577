"""What the follow-up queue shows: its filters and its rows (no SQL here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desk_assistant.domain.followup import Channel, Status


class When(StrEnum):
    """The queue's quick filters by promised date (active follow-ups only)."""

    ALL = "all"
    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows. ``statuses`` empty means the active ones (open, in progress)."""

    when: When = When.ALL
    statuses: tuple[Status, ...] = ()
    desk: str = ""
    staff: str = ""
    flagged_only: bool = False
    search: str = ""
    created_since: date | None = None
    created_until: date | None = None


@dataclass(frozen=True)
class QueueRow:
    """One line of the queue. Storage gives contact fields raw; the service masks them."""

    id: int
    code: str
    due: date | None
    status: Status
    title: str
    patron_name: str | None
    phone: str | None
    email: str | None
    channel: Channel | None
    desk: str
    staff: str
    attempts: int
    failed_attempts: int
    created_at: str
