"""Child processes for the custody tests, killed by the test at chosen or random moments.

python -m tests.custody_child restore DB BACKUP STEP   # SIGKILL itself at STEP
(the writing desk is tests.crash_writer, shared with the crash test)
python -m tests.custody_child purge DB                 # one retention run
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def _restore(db: Path, backup: Path, at: str) -> None:
    from desk_assistant.domain.clock import system_clock
    from desk_assistant.services.backup import restore_backup

    def step(name: str) -> None:
        if name == at:
            os.kill(os.getpid(), signal.SIGKILL)

    restore_backup(db, backup, system_clock, "test", "supervisor", step=step)
    print("done", flush=True)


def _purge(db: Path) -> None:
    from desk_assistant.app import build_services

    services = build_services(db)
    services.auth.act_unattended("test (scheduled)")
    print("start", flush=True)
    services.privacy.purge_expired("test", "system")
    print("done", flush=True)


def main() -> None:
    kind, db = sys.argv[1], Path(sys.argv[2])
    if kind == "restore":
        _restore(db, Path(sys.argv[3]), sys.argv[4])
    elif kind == "purge":
        _purge(db)


if __name__ == "__main__":
    main()
