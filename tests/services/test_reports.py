"""The report's running totals agree with the interactions they summarise."""

from __future__ import annotations

import sqlite3
import statistics
from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_assistant.domain.report import DIMENSIONS, Report, ReportFilter
from desk_assistant.services.demo import generate
from desk_assistant.storage.database import open_database
from desk_assistant.storage.migrations import REPORT_TOTALS, rebuild_report_totals
from desk_assistant.storage.reports import build_report
from tests.services.test_followups import at_unavailable

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
        # The breakdowns' totals (migration 0018) too.
        people = sorted(db.execute("SELECT * FROM report_people").fetchall())
        counted = sorted(
            db.execute(
                "SELECT substr(started_at, 1, 10), desk, staff, segment, language, count(*)"
                " FROM interactions GROUP BY 1, 2, 3, 4, 5"
            ).fetchall()
        )
        assert people == counted and people
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


@settings(max_examples=10, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    count=st.integers(0, 400),
    back=st.integers(0, 40),
    length=st.integers(0, 60),
    dimension=st.sampled_from(DIMENSIONS),
)
def test_breakdowns_add_up_and_each_part_is_its_filtered_report(
    seed: int, count: int, back: int, length: int, dimension: str
) -> None:
    """Every breakdown adds up to the overall figure, and the report filtered on one of
    its values counts exactly that part (in every figure, read the other way: the filtered
    reports of all the values add up to the whole)."""
    db = open_database(None)
    try:
        generate(db, count, 30, seed=seed, today=TODAY)
        since = TODAY - timedelta(days=back + length)
        until = TODAY - timedelta(days=back)
        whole = build_report(db, since, until, TODAY)
        for name in DIMENSIONS:
            assert sum(whole.breakdown(name).values()) == whole.interactions
        summed = Report(since, until)
        for value, part in whole.breakdown(dimension).items():
            filtered = build_report(db, since, until, TODAY, ReportFilter(**{dimension: value}))
            assert filtered.interactions == part
            assert filtered.breakdown(dimension) == Counter({value: part})
            summed.interactions += filtered.interactions
            for counter in ("by_hour_weekday", "by_need", "by_outcome", "by_desk"):
                getattr(summed, counter).update(getattr(filtered, counter))
            summed.unavailable += filtered.unavailable
            summed.left_with_next_step += filtered.left_with_next_step
            summed.options_offered.update(filtered.options_offered)
            summed.options_chosen.update(filtered.options_chosen)
        summed.median_duration_s = whole.median_duration_s  # a median does not add up
        same_interaction_figures(summed, whole)
    finally:
        db.close()


def test_offered_and_chosen_are_stored_and_reported_per_option(services, clock) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.domain.followup import CaseForm

    shift = services.desk.start_shift("SW", "Meja 1")
    # Three patrons whose book was out: what was explained, what was chosen.
    for chosen, explained in (
        (("hold",), ("interlibrary_loan", "purchase")),
        (("hold",), ()),
        (("interlibrary_loan",), ("hold",)),
    ):
        flow = at_unavailable(services)
        form = CaseForm(
            title="Laskar Pelangi",
            options=chosen,
            explained=explained,
            due=services.followups.default_due(flow),
        )
        services.followups.record(flow, form, shift, "id")
        assert flow.advance()
        services.desk.finish(flow, "id")
    today = clock().date()
    report = build_report(services._store.db, today, today, today)
    assert report.unavailable == 3
    assert dict(report.options_offered) == {"hold": 3, "interlibrary_loan": 2, "purchase": 1}
    assert dict(+report.options_chosen) == {"hold": 2, "interlibrary_loan": 1}
    assert report.offer_rate("hold") == 1.0 and report.take_up("hold") == 2 / 3
    assert report.offer_rate("purchase") == 1 / 3 and report.take_up("purchase") == 0
    assert report.offer_rate("refer") == 0 and report.take_up("refer") is None
    from desk_assistant.exports.report_figures import option_rows

    rows = {row[0]: row[1:] for row in option_rows(report, "id")}
    assert rows["Pesan / reservasi"] == ("3", "100,0 %", "2", "66,7 %")
    assert rows["Usulan pengadaan"] == ("1", "33,3 %", "0", "0,0 %")


def test_each_key_figure_beside_the_previous_period(services, clock) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.exports.report_figures import key_figures
    from desk_assistant.services.reports import period_report

    services._store.app_state.set("demo_data", "1")
    generate(services._store.db, 20000, 600, seed=5, today=clock().date())
    # On 24 November, "this month" is 1–24 November, compared with 1–24 October.
    report = period_report(services._store.db, clock, date(2026, 11, 1), date(2026, 11, 24))
    before = report.previous
    assert before is not None and (before.since, before.until) == (
        date(2026, 10, 1),
        date(2026, 10, 24),
    )
    alone = build_report(services._store.db, before.since, before.until, clock().date())
    assert before.interactions == alone.interactions > 0
    assert report.interactions != before.interactions  # the periods differ
    figures = {f.key: f for f in key_figures(report, "en")}
    change = (report.interactions - before.interactions) / before.interactions * 100
    assert figures["interactions"].previous == f"{before.interactions:,}"
    assert figures["interactions"].change == f"{'+' if change > 0 else '−'}{abs(change):.1f} %"
    points = (report.next_step_share - before.next_step_share) * 100  # type: ignore[operator]
    assert figures["next_step"].change == f"{'+' if points > 0 else '−'}{abs(points):.1f} points"
    # Snapshots ("as of") are not compared: they are the same moment for both.
    assert figures["fu_open"].previous == figures["fu_open"].change == ""
    assert figures["fu_open"].name.startswith("Follow-ups open (as of 24 November 2026")
    # The follow-ups promised in the period, by where they stand now, add up.
    parts = ("fu_on_time", "fu_late", "fu_still_open", "fu_cancelled", "fu_unreachable")
    assert sum(int(figures[k].value.replace(",", "")) for k in parts) == report.followups_created


def test_period_figures_differ_between_periods_and_snapshots_do_not(services, clock) -> None:  # type: ignore[no-untyped-def]
    services._store.app_state.set("demo_data", "1")
    generate(services._store.db, 20000, 600, seed=5, today=clock().date())
    db, today = services._store.db, clock().date()
    october = build_report(db, date(2026, 10, 1), date(2026, 10, 31), today)
    november = build_report(db, date(2026, 11, 1), date(2026, 11, 30), today)
    assert october.followups_created != november.followups_created
    assert october.still_open != november.still_open
    assert (october.followups_open, october.followups_overdue) == (
        november.followups_open,
        november.followups_overdue,
    )
    # Median to resolve counts resolved follow-ups only (not cancelled or unreachable).
    resolved = [
        (date.fromisoformat(closed[:10]) - date.fromisoformat(created[:10])).days
        for created, closed in db.execute(
            "SELECT created_at, closed_at FROM followups WHERE status = 'resolved'"
            " AND created_at >= '2026-11-01' AND created_at < '2026-12-01'"
        )
    ]
    assert len(resolved) == november.resolved
