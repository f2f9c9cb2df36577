"""The command line, run as a user would run it (in a child process)."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desk_assistant import __version__
from tests.packs import MINIMAL


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk_assistant", *args],
        capture_output=True,
        text=True,
        env=env if env is not None else os.environ.copy(),
        timeout=120,
    )


def demo_db(folder: Path, interactions: int, followups: int) -> Path:
    """A demo database made with the real ``demo`` command."""
    db = folder / "x.db"
    result = run(
        "demo", "--db", str(db), "--interactions", str(interactions), "--followups", str(followups)
    )
    assert result.returncode == 0, result.stderr
    return db


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_screenshot_creates_database_and_png(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    png = tmp_path / "desk.png"
    result = run("--db", str(db), "--screenshot", str(png), "--view", "desk")
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    tables = {r[0] for r in sqlite3.connect(db).execute("SELECT name FROM sqlite_master")}
    assert {"interactions", "shifts", "script_packs"} <= tables


def test_screenshot_png_has_the_window_size(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    png = tmp_path / "desk.png"
    assert run("--db", str(tmp_path / "x.db"), "--screenshot", str(png)).returncode == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)


def test_db_from_environment(tmp_path: Path) -> None:
    env = os.environ.copy()
    env["DESK_ASSISTANT_DB"] = str(tmp_path / "env.db")
    result = run("--screenshot", str(tmp_path / "s.png"), env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env.db").exists()


def test_no_display_gives_one_clear_sentence(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run("--db", str(tmp_path / "x.db"), "--lang", "en", env=env)
    assert result.returncode == 3
    assert "No display is available" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "qt.qpa" not in result.stderr and "Aborted" not in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_damaged_database_is_reported_not_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    db.write_bytes(b"garbage" * 1000)
    result = run("--db", str(db), "--screenshot", str(tmp_path / "s.png"), "--lang", "en")
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == b"garbage" * 1000


def test_scripts_validate(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(MINIMAL, encoding="utf-8")
    result = run("scripts", "validate", str(good))
    assert result.returncode == 0
    assert "OK" in result.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        MINIMAL.replace("next: bye", "next: nowhere").replace(
            "{id: Terima kasih, en: Thank you}", "{id: Terima kasih}"
        ),
        encoding="utf-8",
    )
    result = run("scripts", "validate", str(bad), "--lang", "en")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()  # problems go to stderr
    # One stage at a time: the missing translation now, the wrong target once it is fixed.
    assert any("The 'en' translation of 'text' is missing" in line for line in lines)
    assert not any("nowhere" in line for line in lines)
    bad.write_text(MINIMAL.replace("next: bye", "next: nowhere"), encoding="utf-8")
    result = run("scripts", "validate", str(bad), "--lang", "en")
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"{bad}: line 27, step 'ask': Target 'nowhere' does not exist: no step has that id."
    ]


def test_help_for_each_command() -> None:
    for args in (
        ["--help"],
        ["scripts", "--help"],
        ["scripts", "validate", "--help"],
        ["scripts", "import", "--help"],
        ["scripts", "export", "--help"],
        ["demo", "--help"],
        ["purge", "--help"],
        ["backup", "--help"],
        ["restore", "--help"],
        ["export", "--help"],
        ["export", "followups", "--help"],
        ["export", "stats", "--help"],
    ):
        result = run(*args)
        assert result.returncode == 0
        assert "usage: desk-assistant" in result.stdout


def test_demo_fills_a_new_database_deterministically(tmp_path: Path) -> None:
    dumps = []
    for name in ("a.db", "b.db"):
        db = tmp_path / name
        result = run(
            "demo",
            "--db",
            str(db),
            "--interactions",
            "3000",
            "--followups",
            "300",
            "--seed",
            "7",
            "--today",
            "2026-11-24",
        )
        assert result.returncode == 0, result.stderr
        assert "3000 interaksi selama" in result.stdout  # Indonesian first
        conn = sqlite3.connect(db)
        dumps.append(
            conn.execute(
                "SELECT code, status, patron_name, phone FROM followups ORDER BY id"
            ).fetchall()
        )
        assert conn.execute("SELECT count(*) FROM interactions").fetchone()[0] == 3000
        statuses = {r[0] for r in conn.execute("SELECT DISTINCT status FROM followups")}
        assert statuses == {"open", "in_progress", "resolved", "cancelled", "unreachable"}
        phones = {r[0] for r in conn.execute("SELECT phone FROM followups WHERE phone IS NOT NULL")}
        assert all(p.startswith("+628120000") for p in phones)  # the fictional block
        # Book titles with book options: unavailable material, never "complaint".
        reasons = {r[0] for r in conn.execute("SELECT DISTINCT reason FROM followups")}
        assert reasons == {"on_loan", "processing", "not_owned", "missing"}
        conn.close()
    assert dumps[0] == dumps[1]


def test_demo_refuses_a_database_with_real_records(tmp_path: Path) -> None:
    from desk_assistant.app import build_services

    db = tmp_path / "real.db"
    services = build_services(db)
    services.desk.start_shift("SW", "Meja 1")
    services.close()
    result = run("demo", "--db", str(db), "--interactions", "10", "--lang", "en")
    assert result.returncode == 1
    assert "holds real records" in result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM interactions").fetchone()[0] == 0


def test_screenshot_of_the_followups_view(tmp_path: Path) -> None:
    db = demo_db(tmp_path, 100, 50)
    png = tmp_path / "f.png"
    result = run("--db", str(db), "--screenshot", str(png), "--view", "followups")
    assert result.returncode == 0, result.stderr
    assert png.stat().st_size > 10_000


def test_screenshot_of_the_reports_view_shows_its_charts(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    db = demo_db(tmp_path, 3000, 50)
    png = tmp_path / "r.png"
    result = run("--db", str(db), "--screenshot", str(png), "--view", "reports")
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    # The bars of "by need" are the charts' blue; text alone has none of it.
    bar_blue = QColor("#1565c0").rgb()
    found = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == bar_blue
    )
    assert found > 200


def test_purge_backup_restore_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    assert (
        run(
            "demo",
            "--db",
            str(db),
            "--interactions",
            "20000",
            "--followups",
            "200",
            "--today",
            date.today().isoformat(),  # purge reads the real clock
        ).returncode
        == 0
    )
    result = run("purge", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "data kontak dihapus dari" in result.stdout
    cleared = int(result.stdout.split("dihapus dari ")[1].split()[0])
    assert cleared > 0
    again = run("purge", "--db", str(db), "--lang", "en").stdout
    assert "contact details cleared from 0 follow-ups" in again
    backup = tmp_path / "copy.db"
    result = run("backup", "--db", str(db), "--output", str(backup))
    assert result.returncode == 0, result.stderr
    assert f"dicadangkan ke {backup}" in result.stdout
    assert sqlite3.connect(backup).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    result = run("restore", str(backup), "--db", str(db), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "restored from" in result.stdout and "the previous database is kept as" in result.stdout
    assert list(tmp_path.glob("desk.db.before-restore-*"))


def test_backup_of_a_damaged_database_fails_loudly(tmp_path: Path) -> None:
    db = demo_db(tmp_path, 3000, 300)
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = bytearray(db.read_bytes())
    data[8192:16384] = b"\x00\xff" * 4096
    db.write_bytes(bytes(data))
    result = run("backup", "--db", str(db), "--output", str(tmp_path / "b.db"), "--lang", "en")
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "b.db").exists()


def test_command_line_exports_work_without_a_display(tmp_path: Path) -> None:
    db = demo_db(tmp_path, 2000, 200)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    for kind in ("followups", "stats"):
        for fmt in ("csv", "xlsx", "pdf"):
            out = tmp_path / f"{kind}.{fmt}"
            args = ["export", kind, "--db", str(db), "--format", fmt, "--output", str(out)]
            if kind == "followups":
                args += ["--status", "all"]
            result = run(*args, env=env)
            assert result.returncode == 0, result.stderr
            assert out.stat().st_size > 100
            assert "Fatal" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("fmt", "lang", "said"),
    [
        ("csv", "id", "foldernya tidak ada"),
        ("xlsx", "en", "the folder does not exist"),
        ("pdf", "en", "the folder does not exist"),
    ],
)
def test_export_to_a_missing_folder_says_so(tmp_path: Path, fmt: str, lang: str, said: str) -> None:
    db = demo_db(tmp_path, 50, 5)
    out = tmp_path / "no-such-folder" / f"f.{fmt}"
    for kind in ("followups", "stats"):
        result = run(
            "export", kind, "--db", str(db), "--format", fmt, "--output", str(out), "--lang", lang
        )
        assert result.returncode == 1
        assert said in result.stderr and "Traceback" not in result.stderr
    assert not out.parent.exists()


def test_csv_separator_from_the_command_line(tmp_path: Path) -> None:
    db = demo_db(tmp_path, 50, 5)
    out = tmp_path / "s.csv"
    args = ["export", "stats", "--db", str(db), "--format", "csv", "--output", str(out)]
    assert run(*args, "--csv-separator", "semicolon").returncode == 0
    assert out.read_bytes().decode("utf-8-sig").splitlines()[0].startswith("Mulai;")
    assert run(*args).returncode == 0
    assert out.read_bytes().decode("utf-8-sig").splitlines()[0].startswith("Mulai,")


def test_scheduled_commands_refuse_a_database_that_is_not_there(tmp_path: Path) -> None:
    typo = tmp_path / "deks.db"
    out = tmp_path / "f.csv"
    for args in (
        ["export", "followups", "--format", "csv", "--output", str(out)],
        ["export", "stats", "--format", "csv", "--output", str(out)],
        ["purge"],
        ["backup"],
    ):
        result = run(*args, "--db", str(typo), "--lang", "en")
        assert result.returncode == 1, args
        assert "There is no database at" in result.stderr and "Traceback" not in result.stderr
    assert not typo.exists() and not out.exists()  # nothing made at the mistyped path


def test_stats_period_the_wrong_way_round(tmp_path: Path) -> None:
    db = demo_db(tmp_path, 50, 5)
    out = tmp_path / "s.csv"
    result = run(
        "export", "stats", "--db", str(db), "--format", "csv", "--output", str(out),
        "--since", "2026-11-01", "--until", "2026-10-01",
    )  # fmt: skip
    assert result.returncode == 2 and "jatuh sesudah" in result.stderr  # a usage error
    assert not out.exists()


def test_scripts_import_and_export(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    out = tmp_path / "active.yaml"
    result = run("scripts", "export", "--db", str(db), "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert "layanan-prima v3" in result.stdout  # the bundled default pack
    good = tmp_path / "mini.yaml"
    good.write_text(MINIMAL, encoding="utf-8")
    result = run("scripts", "import", str(good), "--db", str(db))
    assert result.returncode == 0 and "mini v1 diimpor" in result.stdout
    again = tmp_path / "mini-again.yaml"
    assert (
        run(
            "scripts", "export", "--pack", "mini", "--db", str(db), "--output", str(again)
        ).returncode
        == 0
    )
    assert again.read_text(encoding="utf-8") == MINIMAL
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"\x00\x01binary")
    result = run("scripts", "import", str(bad), "--db", str(db), "--lang", "en")
    assert result.returncode == 1 and "not UTF-8 text" in result.stderr  # problems: stderr
    assert result.stdout == ""


def test_scripts_export_of_an_older_version_and_to_where_it_cannot_go(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    for number in (1, 2):
        source = tmp_path / f"mini{number}.yaml"
        source.write_text(MINIMAL.replace("\nversion: 1", f"\nversion: {number}"), "utf-8")
        assert run("scripts", "import", str(source), "--db", str(db)).returncode == 0
    older = tmp_path / "older.yaml"
    result = run(
        "scripts", "export", "--pack", "mini", "--version", "1", "--db", str(db),
        "--output", str(older),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert older.read_text(encoding="utf-8") == MINIMAL
    result = run(
        "scripts", "export", "--pack", "mini", "--version", "7", "--db", str(db),
        "--output", str(older),
    )  # fmt: skip
    assert result.returncode == 1 and "mini v7" in result.stderr
    for target in (tmp_path / "missing" / "p.yaml", tmp_path):  # no folder; a folder
        result = run("scripts", "export", "--db", str(db), "--output", str(target))
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and result.stderr.strip()
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part*"))


def test_scripts_validate_warns_and_strict_fails(tmp_path: Path) -> None:
    pack = tmp_path / "emoji.yaml"
    pack.write_text(
        MINIMAL.replace(
            "{id: Terima kasih, en: Thank you}", "{id: Terima kasih 😊, en: Thanks 😊}"
        ),
        encoding="utf-8",
    )
    result = run("scripts", "validate", str(pack), "--lang", "en")
    assert result.returncode == 0  # a warning does not refuse the pack
    assert "warning: line 32, step 'bye'" in result.stderr and "OK" in result.stdout
    result = run("scripts", "validate", "--strict", str(pack))
    assert result.returncode == 1 and "peringatan: baris 32" in result.stderr


def test_scripts_validate_of_a_missing_file_says_so_in_plain_words(tmp_path: Path) -> None:
    result = run("scripts", "validate", str(tmp_path / "nope.yaml"))
    assert result.returncode == 1
    assert "tidak ada berkas dengan nama itu" in result.stderr
    assert "No such file" not in result.stderr and "Traceback" not in result.stderr


def test_export_filters_match_names_as_people_type_them_and_say_what_is_known(
    tmp_path: Path,
) -> None:
    db = demo_db(tmp_path, 200, 40)
    out = tmp_path / "f.csv"
    base = ["export", "followups", "--db", str(db), "--format", "csv", "--output", str(out)]
    listed = run(*base, "--status", "all")
    assert listed.returncode == 0, listed.stderr
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    staff_column = next(i for i, h in enumerate(rows[0]) if h in ("Petugas", "Staff"))
    someone = rows[1][staff_column]
    shouted = run(*base, "--status", "all", "--staff", f"  {someone.upper()} ")
    assert shouted.returncode == 0, shouted.stderr  # case and spaces aside
    assert all(
        row[staff_column] == someone
        for row in csv.reader(out.read_text("utf-8-sig").splitlines()[1:])
    )
    nobody = run(*base, "--staff", "bu nonexistent")
    assert (
        nobody.returncode == 1
        and "Tidak ada tindak lanjut untuk petugas 'bu nonexistent'" in nobody.stderr
    )
    assert someone in nobody.stderr  # the known ones are listed
    reversed_ = run(*base, "--since", "2026-11-30", "--until", "2026-11-01")
    assert reversed_.returncode == 2 and "hari pertama harus lebih dulu" in reversed_.stderr
    bad = run(*base, "--since", "30-11-2026", "--lang", "en")
    assert bad.returncode == 2 and "'30-11-2026' is not a date" in bad.stderr
    assert "fromisoformat" not in bad.stderr


def test_stats_export_filters_by_desk_staff_segment_language_and_need(tmp_path: Path) -> None:
    db = demo_db(tmp_path, 400, 20)
    out = tmp_path / "s.csv"
    base = ["export", "stats", "--db", str(db), "--format", "csv", "--output", str(out)]
    base += ["--since", "2026-01-01", "--lang", "en"]
    everything = run(*base)
    assert everything.returncode == 0, everything.stderr
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines()))
    someone = rows[0]["Staff"]
    narrowed = run(*base, "--staff", someone.lower(), "--segment", "student", "--need", "find")
    assert narrowed.returncode == 0, narrowed.stderr
    kept = list(csv.DictReader(out.read_text("utf-8-sig").splitlines()))
    expected = [
        row
        for row in rows
        if row["Staff"] == someone
        and row["Segment"] == "Student"
        and row["Need"] == "Find material"
    ]
    assert kept == expected and 0 < len(kept) < len(rows)
    assert "Options offered" in kept[0] and "Options chosen" in kept[0]
    nobody = run(*base, "--desk", "Meja 99")
    assert nobody.returncode == 1
    assert "No interactions have the desk 'Meja 99'. Known:" in nobody.stderr
    wrong = run(*base, "--segment", "pirates")
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr
    helped = run("export", "stats", "--help")
    assert "only interactions started on or after this day" in " ".join(helped.stdout.split())
