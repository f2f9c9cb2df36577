"""The report's running totals agree with the interactions they summarise."""

from __future__ import annotations

import sqlite3
import statistics
from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_assistant.domain.report import Report
from desk_assistant.services.demo import generate
from desk_assistant.storage.database import open_database
from desk_assistant.storage.migrations import REPORT_TOTALS, rebuild_report_totals
from desk_assistant.storage.reports import build_report

TODAY = date(2026, 11, 24)


def scanned(db, since: date, until: date) -> Report:  # type: ignore[no-untyped-def]
    """The same figures straight from every interaction row (the slow way)."""
    low, high = since.isoformat(), (until + timedelta(days=1)).isoformat()
    report = Report(since, until)
    durations = []
    for started, need, outcome, desk, unavailable, next_step, duration in db.execute(
        "SELECT started_at, coalesce(need, 'other'), outcome, desk, unavailable, next_step,"
        " duration_s FROM interactions WHERE started_at >= ? AND started_at < ?",
        (low, high),
    ):
        report.interactions += 1
        moment = date.fromisoformat(started[:10])
        report.by_hour_weekday[(moment.weekday(), int(started[11:13]))] += 1
        report.by_need[need] += 1
        report.by_outcome[outcome] += 1
        report.by_desk[desk] += 1
        if unavailable:
            report.unavailable += 1
            report.left_with_next_step += next_step == 1
        if outcome != "abandoned":
            durations.append(int(duration))
    if durations:
        report.median_duration_s = float(statistics.median_low(sorted(durations)))
    offered: Counter[str] = Counter()
    chosen: Counter[str] = Counter()
    for option, was_chosen in db.execute(
        "SELECT o.option, o.chosen FROM interaction_options o JOIN interactions i"
        " ON i.id = o.interaction_id WHERE i.started_at >= ? AND i.started_at < ?",
        (low, high),
    ):
        offered[option] += 1
        chosen[option] += was_chosen
    report.options_offered, report.options_chosen = offered, chosen
    return report


def same_interaction_figures(got: Report, want: Report) -> None:
    assert got.interactions == want.interactions
    assert +got.by_hour_weekday == +want.by_hour_weekday
    assert +got.by_need == +want.by_need
    assert +got.by_outcome == +want.by_outcome
    assert +got.by_desk == +want.by_desk
    assert (got.unavailable, got.left_with_next_step) == (
        want.unavailable,
        want.left_with_next_step,
    )
    assert got.median_duration_s == want.median_duration_s
    assert +got.options_offered == +want.options_offered
    assert dict(got.options_chosen) == {o: want.options_chosen[o] for o in got.options_chosen}


@settings(max_examples=12, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    count=st.integers(0, 400),
    back=st.integers(0, 60),
    length=st.integers(0, 60),
)
def test_totals_match_a_scan_of_every_interaction(
    seed: int, count: int, back: int, length: int
) -> None:
    db = open_database(None)
    try:
        generate(db, count, 0, seed=seed, today=TODAY)
        since = TODAY - timedelta(days=back + length)
        until = TODAY - timedelta(days=back)
        same_interaction_figures(build_report(db, since, until, TODAY), scanned(db, since, until))
    finally:
        db.close()


def test_desk_interactions_count_at_once(services, clock) -> None:  # type: ignore[no-untyped-def]
    """An interaction stored at the desk is in the report the moment it is saved."""
    today = clock().date()
    before = build_report(services._store.db, today, today, today)
    services.desk.start_shift("SW", "Meja 1")
    flow = services.desk.new_interaction()
    flow.advance()
    services.desk.finish(flow, "id", abandoned=True)
    after = build_report(services._store.db, today, today, today)
    assert after.interactions == before.interactions + 1
    assert after.by_outcome["abandoned"] == before.by_outcome["abandoned"] + 1
    same_interaction_figures(after, scanned(services._store.db, today, today))


def test_rebuilding_the_totals_gives_what_the_triggers_kept() -> None:
    db = open_database(None)
    try:
        generate(db, 3000, 0, seed=7, today=TODAY)
        tables = REPORT_TOTALS
        kept = {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
        rebuild_report_totals(db)
        rebuilt = {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
        assert kept == rebuilt
        assert kept["report_hours"] and kept["report_options"]
    finally:
        db.close()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE interactions SET outcome = 'served'",
        "DELETE FROM interactions",
        "UPDATE interaction_options SET chosen = 1",
        "DELETE FROM interaction_options",
    ],
)
def test_statistics_are_append_only(statement: str) -> None:
    db = open_database(None)
    try:
        generate(db, 200, 0, seed=3, today=TODAY)
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute(statement)
    finally:
        db.close()


def test_demo_history_never_ends_in_the_future(services, clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    services.demo.generate(800, 20, seed=3)  # the last day is today, 09:30 in the morning
    latest = services._store.db.execute("SELECT max(ended_at) FROM interactions").fetchone()[0]
    assert datetime.fromisoformat(latest) <= clock()
    today = services._store.db.execute(
        "SELECT count(*) FROM interactions WHERE started_at >= ?", (clock().date().isoformat(),)
    ).fetchone()[0]
    assert today > 0  # today's morning has its patrons, all in the past
