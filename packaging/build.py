"""Build the one-folder bundle in a fresh virtual environment, and say what it weighs.

    python packaging/build.py [--work DIR]

The project is installed as a wheel would be (its translation catalogs compiled by the
build), then PyInstaller runs ``packaging/desk-assistant.spec``. The bundle is
``DIR/dist/desk-assistant`` (default DIR: ``build/freeze``); its size, folder and
compressed, is printed with what each part costs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*command: str | Path, cwd: Path | None = None) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, cwd=cwd)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def mib(n: float) -> str:
    return f"{n / 2**20:.1f} MiB"


def report(bundle: Path, work: Path) -> None:
    internal = bundle / "_internal"
    parts: dict[str, int] = {}
    for item in internal.iterdir():
        name = item.name if item.is_dir() else "libraries and the rest"
        if item.name.startswith(("python3", "libpython")):
            name = "Python"
        parts[name] = parts.get(name, 0) + (
            folder_size(item) if item.is_dir() else item.stat().st_size
        )
    total = folder_size(bundle)
    archive = work / "desk-assistant-bundle.tar.xz"
    started = time.perf_counter()
    with tarfile.open(archive, "w:xz", preset=6) as tar:
        tar.add(bundle, arcname=bundle.name)
    print(
        f"\nbundle folder: {mib(total)}; compressed (tar.xz): {mib(archive.stat().st_size)}"
        f" ({time.perf_counter() - started:.0f} s to compress)"
    )
    for name, size in sorted(parts.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {name:<28} {mib(size):>10}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "freeze")
    parser.add_argument("--no-report", action="store_true", help="skip the size report")
    args = parser.parse_args()
    work: Path = args.work.resolve()
    venv = work / "venv"
    if venv.exists():
        shutil.rmtree(venv)
    work.mkdir(parents=True, exist_ok=True)
    run(sys.executable, "-m", "venv", venv)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run(python, "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(python, "-m", "pip", "install", "-q", ROOT, "-r", ROOT / "packaging" / "requirements.txt")
    run(
        python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", work / "dist", "--workpath", work / "pyinstaller",
        ROOT / "packaging" / "desk-assistant.spec",
        cwd=work,  # never the source tree: the installed package is the one to freeze
    )  # fmt: skip
    bundle = work / "dist" / "desk-assistant"
    if not args.no_report:
        report(bundle, work)
    print(f"\nbuilt: {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
