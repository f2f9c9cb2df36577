"""Every committed record survives the process being killed at any moment."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    rng = random.Random(2026)
    reported_interactions: set[int] = set()
    reported_followups: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(20):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_writer", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env=env,
        )
        # Wait for the first commit, then kill at a random moment of the writing.
        assert child.stdout is not None
        first = child.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        for line in [first.decode(), *rest.decode().splitlines()]:
            kind, _, value = line.strip().partition(" ")
            if kind == "I":
                reported_interactions.add(int(value))
            elif kind == "F":
                reported_followups.add(value)
    assert len(reported_interactions) > 20
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored_interactions = {r[0] for r in conn.execute("SELECT id FROM interactions")}
    stored_followups = {r[0] for r in conn.execute("SELECT code FROM followups")}
    assert reported_interactions <= stored_interactions
    assert reported_followups <= stored_followups
    codes = [r[0] for r in conn.execute("SELECT code FROM followups")]
    assert len(codes) == len(set(codes))
