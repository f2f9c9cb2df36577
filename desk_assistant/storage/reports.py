"""How the desk serves, summed in SQL: the figures of a :class:`Report`.

Interactions are read from running totals (per hour, day and option) that triggers keep
as each interaction is stored; follow-up figures from the follow-ups. No personal data.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from desk_assistant.domain.followup import ACTIVE_STATUSES, Status
from desk_assistant.domain.periods import previous_period
from desk_assistant.domain.report import (
    SATISFACTION_BY,
    Ratings,
    Report,
    ReportFilter,
    trend_bucket,
    trend_unit,
)


def _bounds(since: date, until: date) -> tuple[str, str]:
    return since.isoformat(), (until + timedelta(days=1)).isoformat()


# Where each figure's rows come from. Without a filter: the running totals (triggers of
# migration 0007). With one: the same columns derived from the interactions of the period
# that match it (read through the covering index of migration 0012). The queries below are
# written once, against either.
_TOTALS = {
    "hours": "report_hours",
    "days": "report_days",
    "durations": "report_durations",
    "options": "report_options",
    "people": "report_people",
}
_NEED = "coalesce(nullif(need, ''), 'other')"


def _matching(report_filter: ReportFilter, alias: str = "") -> tuple[str, list[str]]:
    """SQL (AND …) and parameters for the interactions ``report_filter`` keeps."""
    prefix = f"{alias}." if alias else ""
    clauses, params = [], []
    for dimension, value in report_filter.items():
        column = (
            _NEED.replace("need", f"{prefix}need") if dimension == "need" else prefix + dimension
        )
        clauses.append(f" AND {column} = ?")
        params.append(value)
    return "".join(clauses), params


_CHOSEN = "temp.report_rows"  # the interactions a filtered report counts, read once


def _sources(
    db: sqlite_utils.Database, report_filter: ReportFilter, low: str, high: str
) -> dict[str, str]:
    """The row sources: the running totals' tables, or (a filtered report) the same
    columns from the period's interactions the filter keeps, taken in one pass of the
    covering index into a temporary table of this connection."""
    if not report_filter:
        return dict(_TOTALS)
    where, params = _matching(report_filter)
    db.execute(f"DROP TABLE IF EXISTS {_CHOSEN}")
    db.execute(
        f"CREATE TEMP TABLE {_CHOSEN.split('.')[1]} AS SELECT id, started_at, need, outcome,"
        " desk, staff, segment, language, unavailable, next_step, duration_s"
        f" FROM interactions WHERE started_at >= ? AND started_at < ?{where}",
        (low, high, *params),
    )
    return {
        "hours": f"(SELECT substr(started_at, 1, 13) AS hour, 1 AS count FROM {_CHOSEN})",
        "days": "(SELECT substr(started_at, 1, 10) AS day, coalesce(need, '') AS need, outcome,"
        f" desk, unavailable, coalesce(next_step, -1) AS next_step, 1 AS count FROM {_CHOSEN})",
        "durations": "(SELECT substr(started_at, 1, 10) AS day,"
        f" CAST(duration_s AS INTEGER) AS seconds, 1 AS count FROM {_CHOSEN}"
        " WHERE outcome != 'abandoned')",
        "people": "(SELECT substr(started_at, 1, 10) AS day, desk, staff, segment, language,"
        f" 1 AS count FROM {_CHOSEN})",
        "options": "(SELECT substr(i.started_at, 1, 10) AS day, o.option AS option,"
        f" 1 AS offered, o.chosen AS chosen FROM {_CHOSEN} i JOIN interaction_options o"
        " ON o.interaction_id = i.id)",
    }


def build_report(
    db: sqlite_utils.Database,
    since: date,
    until: date,
    today: date,
    report_filter: ReportFilter | None = None,
    compare: bool = False,
    key_figures_only: bool = False,
) -> Report:
    """The figures of the days ``since`` to ``until`` (both included) for the interactions
    ``report_filter`` keeps; ``compare``: with the period to compare it with (its key
    figures only: ``key_figures_only`` leaves out the heat map, trend, options and
    breakdowns)."""
    report_filter = report_filter or ReportFilter()
    report = Report(since, until, report_filter)
    low, high = _bounds(since, until)
    sources = _sources(db, report_filter, low, high)

    def rows(sql: str, *params: object) -> list[tuple[Any, ...]]:
        return db.execute(sql.format(**sources), params).fetchall()

    for column, counter in (("need", report.by_need), ("outcome", report.by_outcome)):
        for key, count in rows(
            f"SELECT {column}, sum(count) FROM {{days}} WHERE day >= ? AND day < ?"
            f" GROUP BY {column} HAVING sum(count) > 0",
            low,
            high,
        ):
            counter[key or "other"] += count
    report.interactions = sum(report.by_outcome.values())
    report.unavailable, report.left_with_next_step = rows(
        "SELECT coalesce(sum(count), 0), coalesce(sum(CASE WHEN next_step = 1 THEN count END), 0)"
        " FROM {days} WHERE day >= ? AND day < ? AND unavailable",
        low,
        high,
    )[0]
    _followup_figures(db, report, low, high, today)
    _ratings(db, report, key_figures_only)
    report.median_duration_s = _median_duration(rows, low, high)
    if not key_figures_only:
        _details(report, rows, low, high)
    if report_filter:
        db.execute(f"DROP TABLE IF EXISTS {_CHOSEN}")
    if compare:  # after this period's own figures: it reads its own rows
        before, last = previous_period(since, until)
        report.previous = build_report(
            db, before, last, today, report_filter, key_figures_only=True
        )
    return report


def _ratings(db: sqlite_utils.Database, report: Report, total_only: bool) -> None:
    """The patrons' ratings of the period (the satisfaction table: no staff, so none when
    the report is about one staff member), in all and by what the service was."""
    filt = report.filter
    if filt.staff is not None:
        return
    clauses, params = ["day BETWEEN ? AND ?"], [report.since.isoformat(), report.until.isoformat()]
    for column in ("desk", "segment", "language", "need"):
        value = getattr(filt, column)
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    where = " AND ".join(clauses)
    for dimension in ("", *(() if total_only else SATISFACTION_BY)):
        key = f"coalesce({dimension}, 'other')" if dimension else "''"
        found = {
            str(value): Ratings(int(answered or 0), int(total or 0), int(skipped or 0))
            for value, answered, total, skipped in db.execute(
                f"SELECT {key}, sum(rating > 0), sum(rating), sum(rating = 0) FROM satisfaction"
                f" WHERE {where} GROUP BY 1",
                params,
            )
        }
        if dimension:
            report.ratings_by[dimension] = found
        else:
            report.ratings = found.get("", Ratings())


def _details(
    report: Report, rows: Callable[..., list[tuple[Any, ...]]], low: str, high: str
) -> None:
    """The heat map, the trend, the options and the breakdowns."""
    since, until = report.since, report.until
    for hour, count in rows(
        "SELECT hour, sum(count) FROM {hours} WHERE hour >= ? AND hour < ? GROUP BY hour",
        low,
        high,
    ):
        day = date.fromisoformat(hour[:10])
        report.by_hour_weekday[(day.weekday(), int(hour[11:13]))] += count
    report.trend_unit = trend_unit(since, until)
    trend: Counter[date] = Counter()
    for day, count in rows(
        "SELECT day, sum(count) FROM {days} WHERE day >= ? AND day < ? GROUP BY day", low, high
    ):
        trend[trend_bucket(date.fromisoformat(day), report.trend_unit)] += count
    buckets = sorted(
        {
            trend_bucket(since + timedelta(days=n), report.trend_unit)
            for n in range((until - since).days + 1)
        }
    )
    report.trend = [(bucket, trend[bucket]) for bucket in buckets]
    for option, offered, chosen in rows(
        "SELECT option, sum(offered), sum(chosen) FROM {options}"
        " WHERE day >= ? AND day < ? GROUP BY option",
        low,
        high,
    ):
        report.options_offered[option] = offered
        report.options_chosen[option] = chosen or 0
    # Breakdowns by desk, staff, segment and language: running totals per day (migration
    # 0018), or the filtered interactions of the period.
    for desk, staff, segment, language, count in rows(
        "SELECT desk, staff, segment, language, sum(count) FROM {people}"
        " WHERE day >= ? AND day < ? GROUP BY 1, 2, 3, 4",
        low,
        high,
    ):
        report.by_desk[desk] += count
        report.by_staff[staff] += count
        report.by_segment[segment] += count
        report.by_language[language] += count


def _median_duration(
    rows: Callable[..., list[tuple[Any, ...]]], low: str, high: str
) -> float | None:
    """The median time per patron served, to the second, from the histogram of whole
    seconds."""
    histogram = rows(
        "SELECT seconds, sum(count) FROM {durations} WHERE day >= ? AND day < ?"
        " GROUP BY seconds ORDER BY seconds",
        low,
        high,
    )
    served = sum(count for _, count in histogram)
    running = 0
    for seconds, count in histogram:
        running += count
        if running * 2 >= served:
            return float(seconds)
    return None


def _followup_filter(report_filter: ReportFilter) -> tuple[str, list[str]]:
    """SQL (AND …) on followups f (and its interaction i) for ``report_filter``."""
    clauses, params = [], []
    for dimension, value in report_filter.items():
        if dimension in ("desk", "staff", "language"):
            clauses.append(f" AND f.{dimension} = ?")
        elif dimension == "segment":
            clauses.append(" AND i.segment = ?")
        else:
            clauses.append(f" AND {_NEED.replace('need', 'i.need')} = ?")
        params.append(value)
    return "".join(clauses), params


def _followup_figures(
    db: sqlite_utils.Database, report: Report, low: str, high: str, today: date
) -> None:
    where, params = _followup_filter(report.filter)
    # Segment and need are the interaction's: joined only when the filter asks for them.
    joined = (
        "followups f LEFT JOIN interactions i ON i.id = f.interaction_id"
        if report.filter.segment or report.filter.need
        else "followups f"
    )
    active = tuple(s.value for s in ACTIVE_STATUSES)
    marks = ", ".join("?" * len(active))
    report.followups_open, report.followups_overdue = db.execute(
        "SELECT count(*), coalesce(sum(f.due_date < ?), 0)"
        f" FROM {joined} WHERE f.status IN ({marks}){where}",
        (today.isoformat(), *active, *params),
    ).fetchone()
    period = f" FROM {joined} WHERE f.created_at >= ? AND f.created_at < ?{where}"
    args = (low, high, *params)
    # "+": not by the status index (which would visit every resolved follow-up ever);
    # the period's range of the created-at index is the small set.
    resolved = "+f.status = 'resolved' AND f.closed_at IS NOT NULL"
    # On time: closed on or before the promised day (the desk's own dates, as written).
    kept = "f.due_date IS NOT NULL AND substr(f.closed_at, 1, 10) <= f.due_date"
    (
        report.followups_created,
        report.resolved_on_time,
        report.resolved_late,
        report.cancelled,
        report.unreachable,
    ) = db.execute(
        f"SELECT count(*), coalesce(sum({resolved} AND {kept}), 0),"
        f" coalesce(sum({resolved} AND NOT ({kept})), 0),"
        f" coalesce(sum(f.status = '{Status.CANCELLED.value}'), 0),"
        f" coalesce(sum(f.status = '{Status.UNREACHABLE.value}'), 0)" + period,
        args,
    ).fetchone()
    report.still_open = report.followups_created - (
        report.resolved + report.cancelled + report.unreachable
    )
    # Hours between two stored moments, as SQLite reads them (their UTC offsets included).
    hours = "round((julianday({}) - julianday(f.created_at)) * 24, 6)"
    first_attempts = [
        h
        for (h,) in db.execute(
            f"SELECT {hours.format('f.first_attempt_at')}{period}"
            " AND f.first_attempt_at IS NOT NULL",
            args,
        )
    ]
    resolve_hours = [
        h
        for (h,) in db.execute(f"SELECT {hours.format('f.closed_at')}{period} AND {resolved}", args)
    ]
    if first_attempts:
        report.median_hours_to_first_attempt = statistics.median(first_attempts)
    if resolve_hours:
        report.median_hours_to_resolve = statistics.median(resolve_hours)


def stats_pages(
    db: sqlite_utils.Database,
    since: date,
    until: date,
    size: int,
    report_filter: ReportFilter | None = None,
) -> Iterator[list[tuple[Any, ...]]]:
    """The interactions of the days ``since`` to ``until`` that ``report_filter`` keeps,
    ``size`` at a time, by id: id, started_at, duration_s, desk, staff, segment, need,
    outcome, unavailable, next_step, language, pack id and version, the options offered
    and those chosen (comma separated)."""
    low, high = _bounds(since, until)
    where, params = _matching(report_filter or ReportFilter(), "i")
    last_id = 0
    while True:
        rows = db.execute(
            "SELECT i.id, i.started_at, i.duration_s, i.desk, i.staff, i.segment, i.need,"
            " i.outcome, i.unavailable, i.next_step, i.language, i.pack_id, i.pack_version,"
            " (SELECT group_concat(option, ', ') FROM interaction_options o"
            "  WHERE o.interaction_id = i.id),"
            " (SELECT group_concat(option, ', ') FROM interaction_options o"
            "  WHERE o.interaction_id = i.id AND o.chosen)"
            f" FROM interactions i WHERE i.started_at >= ? AND i.started_at < ?{where}"
            " AND i.id > ? ORDER BY i.id LIMIT ?",
            (low, high, *params, last_id, size),
        ).fetchall()
        if not rows:
            return
        yield rows
        last_id = rows[-1][0]


def desks_and_staff(db: sqlite_utils.Database) -> tuple[list[str], list[str]]:
    """Every desk and staff member that ever served, sorted (for filters and their
    "known values" messages)."""
    desks = [r[0] for r in db.execute("SELECT DISTINCT desk FROM report_days ORDER BY desk")]
    staff = [r[0] for r in db.execute("SELECT DISTINCT staff FROM interactions ORDER BY staff")]
    return desks, staff
