"""A period of desk service in figures: what the reports view shows and exports print."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from enum import StrEnum


@dataclass(frozen=True)
class ReportFilter:
    """Which interactions a report counts: all, or those of one desk, staff member,
    segment, language and/or need (codes; None: any)."""

    desk: str | None = None
    staff: str | None = None
    segment: str | None = None
    language: str | None = None
    need: str | None = None

    def items(self) -> list[tuple[str, str]]:
        """The dimensions filtered on, as (dimension, value)."""
        return [(f.name, v) for f in fields(self) if (v := getattr(self, f.name)) is not None]

    def __bool__(self) -> bool:
        return bool(self.items())


# The dimensions a report breaks its interactions down by (and may filter on).
DIMENSIONS = ("desk", "staff", "segment", "language", "need")
# The patrons' ratings are broken down by what the service was; never by staff member (a
# rating is not stored with the staff who served: see services.feedback).
SATISFACTION_BY = ("need", "outcome", "segment", "desk")


@dataclass(frozen=True)
class Ratings:
    """Patrons' ratings at the close (1-4), and how many gave none."""

    answered: int = 0
    total: int = 0
    no_answer: int = 0

    @property
    def average(self) -> float | None:
        return self.total / self.answered if self.answered else None

    @property
    def no_answer_share(self) -> float | None:
        asked = self.answered + self.no_answer
        return self.no_answer / asked if asked else None


class TrendUnit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def trend_unit(since: date, until: date) -> TrendUnit:
    """Days for up to a month, weeks up to half a year, months beyond."""
    length = (until - since).days + 1
    if length <= 31:
        return TrendUnit.DAY
    return TrendUnit.WEEK if length <= 186 else TrendUnit.MONTH


def trend_bucket(day: date, unit: TrendUnit) -> date:
    """The first day of the day, week (Monday) or month ``day`` falls in."""
    if unit is TrendUnit.DAY:
        return day
    if unit is TrendUnit.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


@dataclass
class Report:
    since: date
    until: date
    filter: ReportFilter = field(default_factory=ReportFilter)
    interactions: int = 0
    by_hour_weekday: Counter[tuple[int, int]] = field(default_factory=Counter)
    by_need: Counter[str] = field(default_factory=Counter)
    by_outcome: Counter[str] = field(default_factory=Counter)
    by_desk: Counter[str] = field(default_factory=Counter)
    by_staff: Counter[str] = field(default_factory=Counter)
    by_segment: Counter[str] = field(default_factory=Counter)
    by_language: Counter[str] = field(default_factory=Counter)
    # Interactions per day, week or month (the first day of each), every one of the
    # period's buckets present (zero included), in order.
    trend_unit: TrendUnit = TrendUnit.DAY
    trend: list[tuple[date, int]] = field(default_factory=list)
    median_duration_s: float | None = None  # None: no interaction in the period
    unavailable: int = 0
    left_with_next_step: int = 0
    # Options explained or chosen ("offered"), and chosen, per option.
    options_offered: Counter[str] = field(default_factory=Counter)
    options_chosen: Counter[str] = field(default_factory=Counter)
    # Follow-ups created in the period, by where they stand now (made_at).
    followups_created: int = 0
    resolved_on_time: int = 0
    resolved_late: int = 0
    still_open: int = 0
    cancelled: int = 0
    unreachable: int = 0
    # Snapshot: every follow-up open, and overdue, as of made_at (whenever created).
    followups_open: int = 0
    followups_overdue: int = 0
    # Of the follow-ups created in the period: hours to the first contact attempt (those
    # attempted), and to resolution (those resolved; not cancelled or unreachable).
    median_hours_to_first_attempt: float | None = None
    median_hours_to_resolve: float | None = None
    # When the report was made: the follow-ups open and overdue are counted as of then
    # (a snapshot), unlike the other figures, which are about the period.
    made_at: datetime | None = None
    # The patrons' ratings of the period: all of them (key ""), and by SATISFACTION_BY;
    # none when the report is filtered on a staff member (ratings are never by staff).
    ratings: Ratings = field(default_factory=Ratings)
    ratings_by: dict[str, dict[str, Ratings]] = field(default_factory=dict)
    # The period of the same length just before, with the same filter (for comparison).
    previous: Report | None = None

    @property
    def resolved(self) -> int:
        return self.resolved_on_time + self.resolved_late

    @property
    def resolved_by_promise(self) -> int:
        return self.resolved_on_time

    @property
    def next_step_share(self) -> float | None:
        """Share of unavailable-material patrons who left with a next step (goal: 100 %)."""
        return self.left_with_next_step / self.unavailable if self.unavailable else None

    @property
    def on_time_share(self) -> float | None:
        return self.resolved_on_time / self.resolved if self.resolved else None

    def offer_rate(self, option: str) -> float | None:
        """Share of unavailable-material patrons to whom ``option`` was offered."""
        return self.options_offered[option] / self.unavailable if self.unavailable else None

    def take_up(self, option: str) -> float | None:
        """Share of the patrons offered ``option`` who chose it."""
        offered = self.options_offered[option]
        return self.options_chosen[option] / offered if offered else None

    def breakdown(self, dimension: str) -> Counter[str]:
        """Interactions by ``dimension`` (one of :data:`DIMENSIONS`)."""
        counter: Counter[str] = getattr(self, f"by_{dimension}")
        return counter
