"""A period of desk service in figures: what the reports view shows and exports print."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class Report:
    since: date
    until: date
    interactions: int = 0
    by_hour_weekday: Counter[tuple[int, int]] = field(default_factory=Counter)
    by_need: Counter[str] = field(default_factory=Counter)
    by_outcome: Counter[str] = field(default_factory=Counter)
    by_desk: Counter[str] = field(default_factory=Counter)
    median_duration_s: float | None = None  # None: no interaction in the period
    unavailable: int = 0
    left_with_next_step: int = 0
    options_offered: Counter[str] = field(default_factory=Counter)
    options_chosen: Counter[str] = field(default_factory=Counter)
    followups_created: int = 0
    followups_open: int = 0
    followups_overdue: int = 0
    median_hours_to_first_attempt: float | None = None
    median_hours_to_resolve: float | None = None
    resolved_by_promise: int = 0
    resolved: int = 0
    # When the report was made: the follow-ups open and overdue are counted as of then
    # (a snapshot), unlike the other figures, which are about the period.
    made_at: datetime | None = None

    @property
    def next_step_share(self) -> float | None:
        """Share of unavailable-material patrons who left with a next step (goal: 100 %)."""
        return self.left_with_next_step / self.unavailable if self.unavailable else None

    @property
    def on_time_share(self) -> float | None:
        return self.resolved_by_promise / self.resolved if self.resolved else None
