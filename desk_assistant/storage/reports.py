"""How the desk serves, summed in SQL: the figures of a :class:`Report`.

Interactions are read from running totals (per hour, day and option) that triggers keep
as each interaction is stored; follow-up figures from the follow-ups. No personal data.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import sqlite_utils

from desk_assistant.domain.followup import ACTIVE_STATUSES, CLOSED_STATUSES, Status
from desk_assistant.domain.report import Report


def _bounds(since: date, until: date) -> tuple[str, str]:
    return since.isoformat(), (until + timedelta(days=1)).isoformat()


def build_report(db: sqlite_utils.Database, since: date, until: date, today: date) -> Report:
    report = Report(since, until)
    low, high = _bounds(since, until)
    # Running totals kept by triggers (migration 0007), summed by SQLite: a year is a few
    # thousand rows a figure, whatever the desk's traffic.
    for hour, count in db.execute(
        "SELECT hour, count FROM report_hours WHERE hour >= ? AND hour < ? AND count > 0",
        (low, high),
    ):
        day = date.fromisoformat(hour[:10])
        report.by_hour_weekday[(day.weekday(), int(hour[11:13]))] += count
    for column, counter in (
        ("need", report.by_need),
        ("outcome", report.by_outcome),
        ("desk", report.by_desk),
    ):
        for key, count in db.execute(
            f"SELECT {column}, sum(count) FROM report_days WHERE day >= ? AND day < ?"
            f" GROUP BY {column} HAVING sum(count) > 0",
            (low, high),
        ):
            counter[key or "other"] += count
    report.interactions = sum(report.by_outcome.values())
    report.unavailable, report.left_with_next_step = db.execute(
        "SELECT coalesce(sum(count), 0), coalesce(sum(CASE WHEN next_step = 1 THEN count END), 0)"
        " FROM report_days WHERE day >= ? AND day < ? AND unavailable",
        (low, high),
    ).fetchone()
    # The median to the second, from the histogram of whole seconds.
    histogram = db.execute(
        "SELECT seconds, sum(count) FROM report_durations WHERE day >= ? AND day < ?"
        " GROUP BY seconds ORDER BY seconds",
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
        "SELECT option, sum(offered), sum(chosen) FROM report_options"
        " WHERE day >= ? AND day < ? GROUP BY option",
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


def stats_pages(
    db: sqlite_utils.Database, since: date, until: date, size: int
) -> Iterator[list[tuple[Any, ...]]]:
    """The interactions of the days ``since`` to ``until``, ``size`` at a time, by id: id,
    started_at, duration_s, desk, staff, segment, need, outcome, unavailable, next_step,
    language, pack id and version, the options chosen (comma separated)."""
    low, high = _bounds(since, until)
    last_id = 0
    while True:
        rows = db.execute(
            "SELECT i.id, i.started_at, i.duration_s, i.desk, i.staff, i.segment, i.need,"
            " i.outcome, i.unavailable, i.next_step, i.language, i.pack_id, i.pack_version,"
            " (SELECT group_concat(option, ', ') FROM interaction_options o"
            "  WHERE o.interaction_id = i.id AND o.chosen)"
            " FROM interactions i WHERE i.started_at >= ? AND i.started_at < ? AND i.id > ?"
            " ORDER BY i.id LIMIT ?",
            (low, high, last_id, size),
        ).fetchall()
        if not rows:
            return
        yield rows
        last_id = rows[-1][0]
