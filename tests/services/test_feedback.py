"""Patrons' ratings at the close and the SKM survey, through the service."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest

from desk_assistant.domain.skm import ELEMENTS, Element
from desk_assistant.errors import ValidationError
from desk_assistant.services.feedback import STAFF_THRESHOLD
from tests.conftest import act_as

WIB = timezone(timedelta(hours=7))


def serve(services, clock, rating):  # type: ignore[no-untyped-def]
    """One patron served at the open shift, then their rating (None: skipped)."""
    flow = services.desk.new_interaction()
    flow.advance()
    record = services.desk.finish(flow, "id")
    services.feedback.rate(record, rating)
    clock.now += timedelta(minutes=3)
    return record


def test_ratings_are_stored_without_the_staff_and_a_skip_counts_as_no_answer(
    services, clock
) -> None:  # type: ignore[no-untyped-def]
    services.desk.start_shift("Ani", "Meja 1")
    for rating in (4, 3, None, 4):
        serve(services, clock, rating)
    db = services._store.db
    columns = [row[1] for row in db.execute("PRAGMA table_info(satisfaction)")]
    assert "staff" not in columns and "interaction_id" not in columns
    rows = db.execute("SELECT desk, hour, rating FROM satisfaction ORDER BY id").fetchall()
    assert rows == [("Meja 1", 9, 4), ("Meja 1", 9, 3), ("Meja 1", 9, 0), ("Meja 1", 9, 4)]
    today = clock().date()
    (total,) = services.feedback.satisfaction(today, today)
    assert (total.answered, total.no_answer, round(total.average, 2)) == (3, 1, 3.67)
    by_desk = services.feedback.satisfaction(today, today, "desk")
    assert [(s.value, s.answered) for s in by_desk] == [("Meja 1", 3)]
    with pytest.raises(ValidationError):
        services.feedback.rate(serve(services, clock, 1), 5)


def test_a_staff_members_month_shows_only_past_the_threshold(services, clock) -> None:  # type: ignore[no-untyped-def]
    services.desk.start_shift("Ani", "Meja 1")
    for _ in range(STAFF_THRESHOLD - 1):
        serve(services, clock, 3)
    services.desk.end_shift()
    services.desk.start_shift("Budi", "Meja 1")
    for _ in range(STAFF_THRESHOLD):
        serve(services, clock, 4)
    today = clock().date()
    act_as(services)  # the supervisor's PIN, after a day at the desk
    shown = services.feedback.staff_satisfaction(today, today)
    # Ani served fewer than the threshold this month: her ratings are not shown by name.
    assert [(month, staff) for month, staff, _ in shown] == [("2026-11", "Budi")]
    assert shown[0][2].average == 4.0


def test_the_ratings_can_be_turned_off_by_the_supervisor(services) -> None:  # type: ignore[no-untyped-def]
    assert services.feedback.ratings_on()
    services.feedback.set_ratings_on(False, "Kepala")
    assert not services.feedback.ratings_on()
    assert services._store.audit.entries()[-1].action == "settings_change"


def test_an_skm_period_its_answers_and_the_index(services, clock) -> None:  # type: ignore[no-untyped-def]
    feedback = services.feedback
    with pytest.raises(ValidationError):  # no survey yet
        feedback.answer_survey({Element.COST: 4}, "Meja 1")
    feedback.start_survey("Kepala")
    with pytest.raises(ValidationError):
        feedback.start_survey("Kepala")  # one at a time
    services.desk.start_shift("Ani", "Meja 1")
    for _ in range(10):
        serve(services, clock, None)
    for value in (4, 3):
        feedback.answer_survey(
            {e: value for e in ELEMENTS},
            "Meja 1",
            {"sex": "f", "education": "s1"},
            "Tambah kursi di ruang baca",
        )
    feedback.answer_survey({Element.FACILITIES: 2}, "Meja 1")  # one question is enough
    for bad in ("Hubungi saya di 0812 3456 7890", "tulis ke budi@example.com"):
        with pytest.raises(ValidationError) as refused:
            feedback.answer_survey({Element.COST: 4}, "Meja 1", suggestion=bad)
        assert "tanpa nomor telepon" in refused.value.user_message("id")
    with pytest.raises(ValidationError):
        feedback.answer_survey({Element.COST: 4}, "Meja 1", {"sex": "x"})
    with pytest.raises(ValidationError):
        feedback.answer_survey({}, "Meja 1")
    act_as(services)
    feedback.end_survey("Kepala")
    today = clock().date()
    report = feedback.skm_report(today, today)
    assert report.result.respondents == 3
    facilities = next(r for r in report.result.elements if r.element is Element.FACILITIES)
    assert facilities.answered == 3 and facilities.average == 3.0
    assert report.population == 10 and report.sample_needed == 10 and report.shortfall == 7
    assert report.result.suggestions == ("Tambah kursi di ruang baca",) * 2
    # The day only: an answer cannot be put beside an interaction.
    columns = [r[1] for r in services._store.db.execute("PRAGMA table_info(skm_responses)")]
    assert "at" not in columns and "staff" not in columns
    actions = [e.action for e in services._store.audit.entries()]
    assert "skm_started" in actions and "skm_ended" in actions


def test_the_report_gives_the_ratings_by_need_outcome_segment_and_desk_never_by_staff(
    services, clock
) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.domain.report import ReportFilter

    services.desk.start_shift("Ani", "Meja 1")
    for rating in (4, 4, 2, None):
        serve(services, clock, rating)
    services.desk.end_shift()
    services.desk.start_shift("Budi", "Meja 2")
    serve(services, clock, 3)
    today = clock().date()
    report = services.reports.report(today, today)
    assert (report.ratings.answered, report.ratings.no_answer) == (4, 1)
    assert report.ratings.average == 13 / 4
    by_desk = report.ratings_by["desk"]
    assert by_desk["Meja 1"].average == 10 / 3 and by_desk["Meja 2"].average == 3.0
    assert sum(r.answered for r in report.ratings_by["need"].values()) == 4  # adds up
    names = [f.name for f in services.reports.key_figures(report, "id")]
    assert "Penilaian pemustaka di akhir layanan (1-4)" in names
    tables = {d: rows for d, _t, rows in services.reports.satisfaction_tables(report, "id")}
    assert tables["desk"][0] == ("Meja 1", "3", "3,33", "25,0 %")
    only_desk = services.reports.report(today, today, ReportFilter(desk="Meja 2"))
    assert only_desk.ratings.answered == 1
    # A report about one staff member carries no ratings: they are never stored by staff.
    staff = services.reports.report(today, today, ReportFilter(staff="Ani"))
    assert staff.ratings.answered == 0 and staff.ratings_by == {}


def test_an_skm_report_without_answers_gives_no_index(services, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    today = clock().date()
    path = tmp_path / "skm.xlsx"
    assert services.feedback.export_skm("xlsx", today, today, path, "Kepala", "id", "P") == 0
    summary = {
        row[0].value: row[1].value
        for row in openpyxl.load_workbook(path)["Ringkasan"].iter_rows()
        if len(row) > 1
    }
    assert summary["Responden"] == "0"
    assert summary["Nilai SKM (25-100)"] == summary["Mutu pelayanan"] == "—"


def test_the_skm_workbook_carries_the_annexs_processing_table(
    services, clock, tmp_path, qapp
) -> None:  # type: ignore[no-untyped-def]
    """The hand-worked example of tests/domain/test_skm.py answered through the survey: the
    workbook's processing sheet has a row per questionnaire and the annex's figure rows,
    as numbers a supervisor can check; the PDF has the figure rows."""
    import openpyxl
    from pypdf import PdfReader

    from tests.domain.test_skm import ANSWERS, ROWS

    services.feedback.start_survey("Kepala")
    for answers in ANSWERS:
        services.feedback.answer_survey(answers, "Meja 1", {"sex": "f"})
    today = clock().date()
    path = tmp_path / "skm.xlsx"
    assert services.feedback.export_skm("xlsx", today, today, path, "Kepala", "id", "P") == 10
    sheet = openpyxl.load_workbook(path)["Pengolahan data"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[1] == ["Responden", *(f"U{n}" for n in range(1, 10))]
    assert [row[1:] for row in rows[2:12]] == ROWS and rows[2][0] == 1
    figures = {row[0]: row[1:] for row in rows[12:17]}
    assert figures["Jumlah nilai per unsur"] == [30, 33, 24, 40, 31, 35, 37, 23, 32]
    assert figures["NRR per unsur"][:3] == [3.0, 3.3, 2.4]
    assert figures["NRR tertimbang per unsur"][:3] == [0.333, 0.367, 0.267]
    assert figures["*) Jumlah NRR tertimbang"][0] == 3.1667
    assert figures["**) Nilai SKM unit pelayanan"][0] == 79.17
    assert any("1/9 = 0,111" in str(row[0]) for row in rows[17:])
    pdf = tmp_path / "skm.pdf"
    services.feedback.export_skm("pdf", today, today, pdf, "Kepala", "en", "P")
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Weighted NRR per element" in words and "79.17" in words and "0.444" in words
