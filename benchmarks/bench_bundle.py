"""The built bundle: its size, folder and compressed, and how fast it starts, beside the
same program started from a virtual environment.

    python packaging/build.py --work build/freeze     # first
    python benchmarks/bench_bundle.py build/freeze/dist/desk-assistant [--runs 5]

Start times are medians: ``--version`` (no Qt), and the GUI drawing its desk screen once
(``--screenshot``, offscreen), each with a fresh throwaway profile folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def starts(program: list[str], runs: int) -> dict[str, float]:
    found: dict[str, list[float]] = {"--version": [], "GUI (desk screen drawn)": []}
    for _ in range(runs):
        profile = Path(tempfile.mkdtemp(prefix="desk-bench-"))
        env = {k: v for k, v in os.environ.items() if not k.startswith("DESK_ASSISTANT")}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=str(profile),
            XDG_DATA_HOME=str(profile / "data"),
            XDG_CONFIG_HOME=str(profile / "config"),
            XDG_CACHE_HOME=str(profile / "cache"),
            DESK_ASSISTANT_DB=str(profile / "desk.db"),
        )
        found["--version"].append(timed([*program, "--version"], env))
        subprocess.run([*program, "--version"], env=env, check=True, capture_output=True)
        shot = [*program, "--screenshot", str(profile / "desk.png")]
        timed(shot, env)  # the first start makes the database: not counted
        found["GUI (desk screen drawn)"].append(timed(shot, env))
        shutil.rmtree(profile, ignore_errors=True)
    return {name: statistics.median(values) for name, values in found.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bundle: Path = args.bundle.resolve()
    with tempfile.TemporaryDirectory() as work:
        archive = Path(work) / "bundle.tar.xz"
        with tarfile.open(archive, "w:xz", preset=6) as tar:
            tar.add(bundle, arcname=bundle.name)
        packed = archive.stat().st_size
    print(f"bundle folder: {folder_size(bundle) / 2**20:.1f} MiB, "
          f"compressed (tar.xz -6): {packed / 2**20:.1f} MiB")  # fmt: skip
    frozen = starts([str(bundle / "desk-assistant-cli")], args.runs)
    venv = starts([sys.executable, "-m", "desk_assistant"], args.runs)
    print(f"{'start (median of ' + str(args.runs) + ')':<28} {'frozen':>8} {'venv':>8}")
    for name in frozen:
        print(f"{name:<28} {frozen[name]:>7.2f}s {venv[name]:>7.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
