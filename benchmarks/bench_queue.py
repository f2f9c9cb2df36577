"""Follow-up queue: a filter or search change on 100 000 follow-ups (target p99 ≤ 50 ms).

    python benchmarks/bench_queue.py [--followups 100000] [--db PATH]

A change = what the view does: count the matches, then read the first page (200 rows).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (  # noqa: E402
    BENCH_TODAY,
    demo_database,
    machine,
    percentiles,
    print_table,
    time_calls,
)
from desk_assistant.app import build_services  # noqa: E402
from desk_assistant.domain.followup import Status  # noqa: E402
from desk_assistant.domain.queue import QueueFilter
from desk_assistant.storage.queue import When  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--followups", type=int, default=100_000)
    parser.add_argument("--interactions", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    path = args.db or folder / "queue.db"
    built = demo_database(path, args.interactions, args.followups)
    now = datetime.combine(BENCH_TODAY, datetime.min.time(), timezone(timedelta(hours=7)))
    services = build_services(path, lambda: now.replace(hour=10))
    service = services.followups
    code = services._store.db.execute(
        "SELECT code FROM followups ORDER BY id DESC LIMIT 1"
    ).fetchone()[0]
    cases = {
        "active, by due date": QueueFilter(),
        "overdue": QueueFilter(when=When.OVERDUE),
        "due today": QueueFilter(when=When.TODAY),
        "upcoming": QueueFilter(when=When.UPCOMING),
        "resolved (large)": QueueFilter(statuses=(Status.RESOLVED,)),
        "any status": QueueFilter(statuses=tuple(Status)),
        "desk": QueueFilter(desk="Meja Referensi"),
        "staff + any status": QueueFilter(staff="SW", statuses=tuple(Status)),
        "flagged": QueueFilter(flagged_only=True),
        "search code": QueueFilter(search=code, statuses=tuple(Status)),
        "search name 'budi'": QueueFilter(search="budi", statuses=tuple(Status)),
        "search 'sit nur' any": QueueFilter(search="sit nur", statuses=tuple(Status)),
        "search title 'laskar'": QueueFilter(search="laskar"),
        "search prefix 'pe'": QueueFilter(search="pe", statuses=tuple(Status)),
    }
    rows = []
    worst = 0.0
    for name, filt in cases.items():

        def change(filt: QueueFilter = filt) -> None:
            service.count(filt)
            service.page(filt, 200)

        change()  # warm the page cache, as a running app would be
        p50, p99, top = percentiles(time_calls(change, args.repeat))
        matches = service.count(filt)
        worst = max(worst, p99)
        rows.append((name, f"{matches:,}", f"{p50:.1f}", f"{p99:.1f}", f"{top:.1f}"))
    # Scrolling: the next page deep in the list (fetchMore after row 50 000).
    deep = QueueFilter(statuses=tuple(Status))
    anchor = service.page(deep, 50_000)[-1]
    p50, p99, top = percentiles(time_calls(lambda: service.page(deep, 200, anchor), args.repeat))
    rows.append(("scroll: page at row 50 000", "200", f"{p50:.1f}", f"{p99:.1f}", f"{top:.1f}"))
    worst = max(worst, p99)
    services.close()
    print_table(
        f"Follow-up queue on {args.followups:,} follow-ups ({machine()})"
        + (f"; demo data built in {built:.1f} s" if built else ""),
        rows,
        ("filter / search change", "matches", "p50 ms", "p99 ms", "max ms"),
    )
    print(f"\nworst p99: {worst:.1f} ms (target ≤ 50 ms): {'met' if worst <= 50 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
