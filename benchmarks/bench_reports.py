"""Supervisors' reports and exports on a large history (issue #18's figures).

    python benchmarks/bench_reports.py [--interactions 1000000] [--followups 100000]
                                       [--db PATH] [--sheets 5000,20000,50000]

Each figure is measured in a child process of its own, so its peak memory (from the
kernel) is its own:

- the stats export of every interaction as CSV, beside a plain ``csv`` dump of the same
  rows read by the same query (the floor: what writing the file costs with nothing else);
- the same rows as XLSX, beside plain XlsxWriter (constant memory) writing them;
- the PDF call sheet of 5 000 follow-ups, and how it grows;
- the reports view's figures with breakdowns and the previous period, for a month, a year
  and three years (filtered and not).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import demo_database, machine, print_table  # noqa: E402

CHILD = r"""
import os, sys, time, json
sys.path.insert(0, {root!r})
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from benchmarks.common import BENCH_TODAY
from desk_assistant.app import build_services
db_path, what, arg = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
now = datetime.combine(BENCH_TODAY, datetime.min.time(), timezone(timedelta(hours=7)))
services = build_services(db_path, lambda: now.replace(hour=10))
services.auth.act_unattended("bench")
out = Path(sys.argv[4])
first = date(2000, 1, 1)
started = time.perf_counter()
result = {{}}
if what == "stats":
    ticks = []
    result["rows"] = services.exports.export_stats(
        arg, first, BENCH_TODAY, out, "bench", "supervisor", "id", "Perpustakaan",
        progress=ticks.append,
    )
    result["progress"] = len(ticks)
elif what in ("plain-csv", "plain-xlsx"):
    # The floor: the same query, every value as stored, no formatting or naming.
    from desk_assistant.storage.reports import stats_pages
    pages = stats_pages(services._store.db, first, BENCH_TODAY, 2000)
    count = 0
    if what == "plain-csv":
        import csv
        with open(out, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            for page in pages:
                writer.writerows(page)
                count += len(page)
    else:
        import xlsxwriter
        book = xlsxwriter.Workbook(str(out), {{"constant_memory": True}})
        sheet = book.add_worksheet()
        for page in pages:
            for row in page:
                sheet.write_row(count, 0, row)
                count += 1
        book.close()
    result["rows"] = count
elif what == "sheet":
    from itertools import islice
    from PySide6.QtGui import QGuiApplication
    from desk_assistant.domain.followup import Status
    from desk_assistant.domain.queue import QueueFilter
    from desk_assistant.exports.call_sheet import write_call_sheet
    app = QGuiApplication([])
    rows = islice(
        services.exports._followup_rows(QueueFilter(statuses=tuple(Status)), "id"), int(arg)
    )
    started = time.perf_counter()
    result["rows"] = write_call_sheet(out, rows, "id", "Perpustakaan", now, QueueFilter())
    from desk_assistant.exports.pdf import pdf_page_count
    result["pages"] = pdf_page_count(out.read_bytes())
elif what == "report":
    from desk_assistant.domain.report import ReportFilter
    from desk_assistant.services.reports import period_report
    days, filtered = arg.split(":")
    since = BENCH_TODAY - timedelta(days=int(days) - 1)
    flt = ReportFilter(segment="student", need="find") if filtered == "1" else ReportFilter()
    started = time.perf_counter()
    report = period_report(services._store.db, services.clock, since, BENCH_TODAY, flt)
    result["rows"] = report.interactions
result["seconds"] = time.perf_counter() - started
services.close()
print(json.dumps(result))
"""


def peak_of(db: Path, what: str, arg: str, out: Path) -> tuple[dict[str, float], int]:
    """Run the child with its own wait4, so its peak memory is its own."""
    import json

    code = CHILD.format(root=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(db), what, arg, str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    _, status, usage = os.wait4(process.pid, 0)
    stdout, stderr = process.stdout.read(), process.stderr.read()
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{what} {arg} failed:\n{stderr.decode()}")
    return json.loads(stdout.decode().strip().splitlines()[-1]), usage.ru_maxrss * 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--followups", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--sheets", default="5000,20000,50000")
    parser.add_argument(
        "--reports-only", action="store_true", help="only the report figures (seconds, not minutes)"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    db = args.db or folder / "reports.db"
    built = demo_database(db, args.interactions, args.followups)
    if built:
        print(f"demo database built in {built:.1f} s", file=sys.stderr)
    mib = 1024 * 1024
    rows: list[tuple[str, str, str, str]] = []

    for fmt in () if args.reports_only else ("csv", "xlsx"):
        plain, plain_peak = peak_of(db, f"plain-{fmt}", "", folder / f"plain.{fmt}")
        ours, peak = peak_of(db, "stats", fmt, folder / f"stats.{fmt}")
        ratio = ours["seconds"] / plain["seconds"]
        target = 2.0 if fmt == "csv" else 1.0
        rows.append(
            (
                f"stats {fmt.upper()} of {ours['rows']:,.0f} interactions",
                f"{ours['seconds']:.1f} s vs plain {fmt} dump {plain['seconds']:.1f} s "
                f"(×{ratio:.2f}); peak {peak / mib:.0f} MiB (plain {plain_peak / mib:.0f}); "
                f"progress reported {ours['progress']:.0f} times",
                f"≤ ×{target:g} the plain dump, ≤ 100 MiB",
                "met" if ratio <= target and peak <= 100 * mib else "MISSED",
            )
        )

    for size in () if args.reports_only else (int(s) for s in args.sheets.split(",")):
        sheet, peak = peak_of(db, "sheet", str(size), folder / f"sheet{size}.pdf")
        five = size == 5000
        rows.append(
            (
                f"PDF call sheet of {sheet['rows']:,.0f} follow-ups",
                f"{sheet['seconds']:.2f} s, {sheet['pages']:,.0f} pages, peak {peak / mib:.0f} MiB",
                "≤ 3 s, ≤ 150 MiB" if five else "reported",
                ("met" if sheet["seconds"] <= 3 and peak <= 150 * mib else "MISSED")
                if five
                else "—",
            )
        )

    for days, label in ((24, "this month (24 days)"), (365, "a year"), (1096, "three years")):
        for filtered in ("0", "1"):
            report, _peak = peak_of(db, "report", f"{days}:{filtered}", folder / "unused")
            what = "filtered: students looking for material" if filtered == "1" else "all"
            rows.append(
                (
                    f"report figures, {label}, {what}",
                    f"{report['seconds']:.2f} s for {report['rows']:,.0f} interactions, with "
                    "breakdowns and the previous period",
                    "≤ 0.5 s",
                    "met" if report["seconds"] <= 0.5 else "MISSED",
                )
            )
    print_table(
        f"Reports and exports — {machine()}", rows, ("what", "measured", "target", "result")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
