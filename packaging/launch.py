"""The frozen program's entry: both executables (windowed and console) run this.

matplotlib's cache goes to a folder of the user's that outlives the run (PyInstaller's
matplotlib hook would otherwise give it a new temporary folder at every start, and the
first chart would rebuild the font cache each time). Nothing is written beside the
program.
"""

import os
import sys
from pathlib import Path


def _cache_folder() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "desk-assistant" / "matplotlib"


if __name__ == "__main__":
    # The windowed executable on Windows has no console: what would be printed goes nowhere
    # rather than failing (the console executable prints as usual).
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    folder = _cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # a read-only profile: matplotlib's own temporary folder then
    else:
        os.environ["MPLCONFIGDIR"] = str(folder)
    from desk_assistant.cli import main

    sys.exit(main())
