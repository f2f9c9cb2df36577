"""Shifts and the interactions served in them, as the desk's statistics keep them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk_assistant.domain.vocabulary import Need, Outcome, Segment


@dataclass(frozen=True)
class InteractionRecord:
    """One finished or abandoned interaction, as stored."""

    started_at: datetime
    ended_at: datetime
    desk: str
    staff: str
    pack_id: str
    pack_version: int
    language: str
    segment: Segment
    need: Need | None
    needs: tuple[Need, ...]
    steps: tuple[str, ...]
    outcome: Outcome
    shift_id: int | None = None
    unavailable: bool = False
    next_step: bool | None = None
    options_offered: tuple[str, ...] = ()
    options_chosen: tuple[str, ...] = ()
    # The SHA-256 of the pack's source: which text was said, beyond id and version.
    pack_sha256: str | None = None

    @property
    def duration_s(self) -> float:
        return max(0.0, (self.ended_at - self.started_at).total_seconds())


@dataclass(frozen=True)
class Shift:
    id: int
    staff: str
    desk: str
    started_at: datetime
    ended_at: datetime | None = None


@dataclass(frozen=True)
class ShiftSummary:
    shift: Shift
    served: int
    abandoned: int
    by_need: dict[str, int]
    total_duration_s: float
