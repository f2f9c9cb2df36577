"""The SKM report from the command line (PDF and workbook), on a demo database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desk_assistant", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_the_demo_surveys_and_the_skm_report_comes_out_in_both_formats(tmp_path: Path) -> None:
    import openpyxl
    from pypdf import PdfReader

    db = tmp_path / "desk.db"
    made = run(db, "demo", "--interactions", "6000", "--followups", "80", "--today", "2026-11-24")
    assert made.returncode == 0, made.stderr
    import sqlite3

    with sqlite3.connect(db) as con:
        ratings = dict(con.execute("SELECT rating, count(*) FROM satisfaction GROUP BY 1"))
        responses = con.execute("SELECT count(*) FROM skm_responses").fetchone()[0]
    assert set(ratings) == {0, 1, 2, 3, 4}  # every rating, and some patrons skipped
    assert ratings[4] > ratings[3] > ratings[2] > ratings[1]  # most patrons content
    assert ratings[0] / sum(ratings.values()) < 0.2
    assert responses >= 5
    with sqlite3.connect(db) as con:
        education = dict(con.execute("SELECT education, count(*) FROM skm_responses GROUP BY 1"))
        occupation = dict(con.execute("SELECT occupation, count(*) FROM skm_responses GROUP BY 1"))
    # Plausible respondents: every answer one the questionnaire offers; more school leavers
    # than doctors, more students than soldiers.
    from desk_assistant.domain.skm import EDUCATION, OCCUPATIONS

    assert set(education) - {None} <= set(EDUCATION) and None in education
    assert set(occupation) - {None} <= set(OCCUPATIONS)
    assert education["sma"] > 5 * education.get("s3", 0)
    assert occupation["student"] > 5 * occupation.get("tni", 0)
    xlsx, pdf = tmp_path / "skm.xlsx", tmp_path / "skm.pdf"
    done = run(db, "export", "skm", "--format", "xlsx", "--output", str(xlsx))
    assert done.returncode == 0, done.stderr
    # It says how many answered and which days it covers (the demo survey's period).
    assert f"{responses} responden, " in done.stdout and "November 2026 – " in done.stdout
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == [
        "Ringkasan", "Unsur", "Pengolahan data", "Profil", "Saran", "Rencana tindak lanjut",
    ]  # fmt: skip
    summary = {row[0].value: row[1].value for row in book["Ringkasan"].iter_rows() if len(row) > 1}
    assert int(summary["Responden"]) == responses
    index = float(str(summary["Nilai SKM (25-100)"]).replace(",", "."))
    assert 25 <= index <= 100 and summary["Mutu pelayanan"] in "ABCD"
    elements = [r[1].value for r in book["Unsur"].iter_rows(min_row=3)]
    assert elements[0] == "Persyaratan" and len(elements) == 9
    plan = list(book["Rencana tindak lanjut"].iter_rows(min_row=3, values_only=True))
    assert len(plan) == 3 and all(row[1] for row in plan)  # the weakest elements named
    done = run(db, "export", "skm", "--format", "pdf", "--output", str(pdf), "--lang", "en")
    assert done.returncode == 0, done.stderr
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    words = " ".join(text.replace("\ufb01", "fi").replace("\ufb02", "fl").split())  # ligatures
    for expected in ("Community Satisfaction Survey (SKM) report", "SKM index (25-100)",
                     "Elements to improve first", "Follow-up plan (to fill in)"):  # fmt: skip
        assert expected in words
    audit = run(db, "audit", "verify")
    assert audit.returncode == 0
