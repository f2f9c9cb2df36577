"""Child process for the crash test: writes and reports each committed record."""

from __future__ import annotations

import sys
from pathlib import Path

from desk_assistant.app import build_services
from tests.packs import make_followup


def main() -> None:
    services = build_services(Path(sys.argv[1]))
    services.desk.start_shift("SW", "Meja 1")
    n = 0
    while True:
        flow = services.desk.new_interaction()
        flow.advance()
        flow.advance()
        services.desk.finish(flow, "id")
        interaction_id = services._store.db.execute("SELECT max(id) FROM interactions").fetchone()[
            0
        ]
        print(f"I {interaction_id}", flush=True)
        followup = make_followup(services, f"Judul {n}", f"Pemustaka {n}")
        print(f"F {followup.code}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
