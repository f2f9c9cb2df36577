"""Smoke test of a built bundle, as a librarian's PC would run it.

    python packaging/smoke.py BUNDLE [--drop-catalogs]

BUNDLE is the one-folder build (``build/freeze/dist/desk-assistant``). With a throwaway
profile (its own home, data, settings and cache folders) and no display: the version, a
demo database made in the default place, the desk and reports screens drawn to PNG, the
follow-ups exported in three formats and the statistics as a PDF with charts, the bundled
script pack validated, a backup. It fails (exit 1, saying why) when a command fails or
prints a warning, when the interface or the messages are not in Indonesian, when the log
holds a warning, when anything was written into the program's folder, or when matplotlib's
cache is not kept between starts.

``--drop-catalogs`` moves the compiled translation catalogs aside for the run (and back
after): the test must then fail, which shows that it would catch a bundle without them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WINDOWS = sys.platform == "win32"


class Failed(Exception):
    pass


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


class Smoke:
    def __init__(self, bundle: Path, profile: Path) -> None:
        self.cli = bundle / ("desk-assistant-cli.exe" if WINDOWS else "desk-assistant-cli")
        self.gui = bundle / ("desk-assistant.exe" if WINDOWS else "desk-assistant")
        self.profile = profile
        home = profile / "home"
        self.env = {
            k: v for k, v in os.environ.items() if not k.startswith(("DESK_ASSISTANT", "MPL"))
        }
        self.env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            XDG_DATA_HOME=str(profile / "data"),
            XDG_CONFIG_HOME=str(profile / "config"),
            XDG_CACHE_HOME=str(profile / "cache"),
            LOCALAPPDATA=str(profile / "local"),
            APPDATA=str(profile / "roaming"),
            QT_QPA_PLATFORM="offscreen",
        )
        if WINDOWS:  # Qt asks Windows for the known folders: the profile's own database
            self.env["DESK_ASSISTANT_DB"] = str(profile / "local" / "desk-assistant" / "d.db")
            self.data = profile / "local" / "desk-assistant"
            self.cache = profile / "local" / "desk-assistant" / "matplotlib"
        else:
            self.data = profile / "data" / "desk-assistant"
            self.cache = profile / "cache" / "desk-assistant" / "matplotlib"
        self.times: dict[str, float] = {}

    def run(self, name: str, *args: str, program: Path | None = None) -> str:
        started = time.perf_counter()
        done = subprocess.run(
            [str(program or self.cli), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env,
            timeout=300,
            check=False,
        )
        self.times[name] = time.perf_counter() - started
        output = done.stdout + done.stderr
        print(f"  {name}: exit {done.returncode}, {self.times[name]:.2f} s")
        if done.returncode != 0:
            raise Failed(f"{name} failed ({done.returncode}):\n{output}")
        for bad in ("Traceback", "WARNING", "Warning:"):
            if bad in output:
                raise Failed(f"{name} printed {bad!r}:\n{output}")
        return done.stdout

    def check(self, out: Path) -> None:
        version = self.run("--version", "--version")
        if not version.startswith("desk-assistant "):
            raise Failed(f"--version printed {version!r}")
        self.run("demo", "demo", "--interactions", "3000", "--followups", "60", "--seed", "7")
        db = self.data / "desk-assistant.db"
        if not WINDOWS and not db.is_file():
            raise Failed(f"the default database is not at {db}")
        for view, tab in (("desk", "Meja"), ("reports", "Laporan")):
            png = out / f"{view}.png"
            said = self.run(f"screen {view}", "--screenshot", str(png), "--view", view)
            if "layanan prima" not in said or tab not in said:
                raise Failed(f"the {view} screen is not in Indonesian: {said!r}")
            if not png.is_file() or png.stat().st_size < 10_000:
                raise Failed(f"no picture of the {view} screen")
        for fmt in ("csv", "xlsx", "pdf"):
            target = out / f"followups.{fmt}"
            self.run(f"export {fmt}", "export", "followups", "--format", fmt, "--output",
                     str(target))  # fmt: skip
            if not target.is_file() or target.stat().st_size == 0:
                raise Failed(f"export {fmt} wrote nothing")
        self.run("export stats pdf", "export", "stats", "--format", "pdf", "--since",
                 "2026-01-01", "--output", str(out / "stats.pdf"))  # fmt: skip
        pack = self.cli.parent / "_internal" / "desk_assistant" / "resources" / "packs"
        said = self.run("scripts validate", "scripts", "validate", str(pack / "default.yaml"))
        said += self.run("backup", "backup")
        if "dicadangkan" not in said:
            raise Failed(f"the messages are not in Indonesian: {said!r}")
        if not list(self.cache.glob("fontlist*.json")):
            raise Failed(f"matplotlib's cache was not kept in {self.cache}")
        log = self.data / "desk-assistant.log"
        if log.is_file():
            warned = [ln for ln in log.read_text("utf-8").splitlines() if " WARNING " in ln]
            if warned:
                raise Failed("the log holds warnings:\n" + "\n".join(warned))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--drop-catalogs", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the profile and outputs here")
    args = parser.parse_args()
    bundle: Path = args.bundle.resolve()
    catalogs = bundle / "_internal" / "desk_assistant" / "resources" / "translations"
    aside = bundle.parent / "catalogs-aside"
    if args.drop_catalogs:
        shutil.move(str(catalogs), str(aside))
    profile = Path(tempfile.mkdtemp(prefix="desk-smoke-")) if args.keep is None else args.keep
    out = profile / "out"
    out.mkdir(parents=True, exist_ok=True)
    before = snapshot(bundle)
    smoke = Smoke(bundle, profile)
    print(f"smoke test of {bundle} (profile {profile})")
    try:
        smoke.check(out)
        changed = set(snapshot(bundle).items()) ^ set(before.items())
        if changed:
            raise Failed(f"written into the program's folder: {sorted(changed)[:5]}")
    except Failed as exc:
        print(f"FAILED: {exc}")
        return 1
    finally:
        if args.drop_catalogs:
            shutil.move(str(aside), str(catalogs))
        if args.keep is None:
            shutil.rmtree(profile, ignore_errors=True)
    print("passed; start times: " + ", ".join(
        f"{name} {seconds:.2f} s" for name, seconds in smoke.times.items()
        if name in ("--version", "screen desk")
    ))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
