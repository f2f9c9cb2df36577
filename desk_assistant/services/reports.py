"""How the desk serves: aggregates for the reports view and the statistics exports.

One indexed scan of the period's interactions, aggregated in Python; no personal data.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import sqlite_utils

from desk_assistant.domain.followup import ACTIVE_STATUSES, CLOSED_STATUSES, Status


@dataclass
class Report:
    since: date
    until: date
    interactions: int = 0
    by_hour_weekday: Counter[tuple[int, int]] = field(default_factory=Counter)
    by_need: Counter[str] = field(default_factory=Counter)
    by_outcome: Counter[str] = field(default_factory=Counter)
    by_desk: Counter[str] = field(default_factory=Counter)
    median_duration_s: float = 0.0
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

    @property
    def next_step_share(self) -> float | None:
        """Share of unavailable-material patrons who left with a next step (goal: 100 %)."""
        return self.left_with_next_step / self.unavailable if self.unavailable else None

    @property
    def on_time_share(self) -> float | None:
        return self.resolved_by_promise / self.resolved if self.resolved else None


def _bounds(since: date, until: date) -> tuple[str, str]:
    return since.isoformat(), (until + timedelta(days=1)).isoformat()


def build_report(db: sqlite_utils.Database, since: date, until: date, today: date) -> Report:
    report = Report(since, until)
    low, high = _bounds(since, until)
    # Two small grouped scans of the covering index instead of one wide GROUP BY.
    for hour_prefix, count in db.execute(
        "SELECT substr(started_at, 1, 13), count(*) FROM interactions"
        " WHERE started_at >= ? AND started_at < ? GROUP BY 1",
        (low, high),
    ):
        day = date.fromisoformat(hour_prefix[:10])
        report.by_hour_weekday[(day.weekday(), int(hour_prefix[11:13]))] += count
    for need, outcome, desk, unavailable, next_step, count in db.execute(
        "SELECT coalesce(need, 'other'), outcome, desk, unavailable, next_step, count(*)"
        " FROM interactions WHERE started_at >= ? AND started_at < ? GROUP BY 1, 2, 3, 4, 5",
        (low, high),
    ):
        report.interactions += count
        report.by_need[need] += count
        report.by_outcome[outcome] += count
        report.by_desk[desk] += count
        if unavailable:
            report.unavailable += count
            report.left_with_next_step += count if next_step == 1 else 0
    # The median to the second, from a histogram (no sort of every row).
    histogram = db.execute(
        "SELECT CAST(duration_s AS INTEGER), count(*) FROM interactions"
        " WHERE started_at >= ? AND started_at < ? AND outcome != 'abandoned' GROUP BY 1",
        (low, high),
    ).fetchall()
    served = sum(count for _, count in histogram)
    running = 0
    for seconds, count in histogram:
        running += count
        if running * 2 >= served:
            report.median_duration_s = float(seconds)
            break
    for option, offered, chosen in db.execute(
        "SELECT o.option, count(*), sum(o.chosen) FROM interaction_options o"
        " JOIN interactions i ON i.id = o.interaction_id"
        " WHERE i.started_at >= ? AND i.started_at < ? GROUP BY o.option",
        (low, high),
    ):
        report.options_offered[option] = offered
        report.options_chosen[option] = chosen or 0
    active = tuple(s.value for s in ACTIVE_STATUSES)
    report.followups_open = db.execute(
        f"SELECT count(*) FROM followups WHERE status IN ({', '.join('?' * len(active))})",
        active,
    ).fetchone()[0]
    report.followups_overdue = db.execute(
        f"SELECT count(*) FROM followups WHERE status IN ({', '.join('?' * len(active))})"
        " AND due_date < ?",
        (*active, today.isoformat()),
    ).fetchone()[0]
    first_attempts: list[float] = []
    resolve_hours: list[float] = []
    for created, first, closed, due, status in db.execute(
        "SELECT created_at, first_attempt_at, closed_at, due_date, status FROM followups"
        " WHERE created_at >= ? AND created_at < ?",
        (low, high),
    ):
        report.followups_created += 1
        created_at = datetime.fromisoformat(created)
        if first:
            first_attempts.append(
                (datetime.fromisoformat(first) - created_at).total_seconds() / 3600
            )
        if closed and status in {s.value for s in CLOSED_STATUSES}:
            closed_at = datetime.fromisoformat(closed)
            resolve_hours.append((closed_at - created_at).total_seconds() / 3600)
            if status == Status.RESOLVED.value:
                report.resolved += 1
                if due and closed_at.date().isoformat() <= due:
                    report.resolved_by_promise += 1
    if first_attempts:
        report.median_hours_to_first_attempt = statistics.median(first_attempts)
    if resolve_hours:
        report.median_hours_to_resolve = statistics.median(resolve_hours)
    return report
