"""Chart labels wrap at words and are never cut."""

from __future__ import annotations

from collections import Counter
from datetime import date

from desk_assistant.domain.report import Report
from desk_assistant.exports.charts import LABEL_WIDTH, wrapped
from desk_assistant.exports.report import report_charts


def test_a_long_label_wraps_at_words_and_keeps_every_letter() -> None:
    label = "Silang layan (pinjam antarperpustakaan)"
    lines = wrapped(label).split("\n")
    assert len(lines) == 2 and all(len(line) <= LABEL_WIDTH for line in lines)
    assert " ".join(lines) == label
    assert wrapped("Pesan / reservasi") == "Pesan / reservasi"


def test_the_reports_option_names_are_whole() -> None:
    report = Report(since=date(2026, 11, 1), until=date(2026, 11, 30))
    report.options_offered = Counter({"interlibrary_loan": 4})
    report.options_chosen = Counter({"interlibrary_loan": 2})
    pack_names = {"interlibrary_loan": "Silang layan (pinjam antarperpustakaan)"}
    charts = report_charts(report, "id", pack_names)  # the pack's own labels, long ones
    assert "Silang layan (pinjam antarperpustakaan)" in charts.options
