"""A wheel built from a clean checkout carries its resources and its catalogs: installed
in a fresh virtual environment where no Qt tool exists (no ``lrelease`` in PySide6, none
on the PATH), the application finds them and starts in Indonesian."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CHECK = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel
from desk_assistant.app import build_services
from desk_assistant.ui.application import build_window
from desk_assistant.ui.settings import Settings

folder = Path(sys.argv[1])
services = build_services(folder / "desk.db")
store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
window, translations = build_window(services, Settings(store))
texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)]
texts += [a.text() for a in window.menuBar().actions()]
from desk_assistant.resource import resource
from desk_assistant.services.packs import default_pack_source
assert resource("packs/default.yaml").is_file() and "layanan" in default_pack_source()
assert resource("translations/desk_assistant_id.catalog.json").is_file()
print(translations.language)
print("\\n".join(t for t in texts if t))
"""


def _checkout(target: Path) -> Path:
    """The tracked files only, as a clean clone has them (no compiled catalog)."""
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, files):
        source = ROOT / name.decode()
        if source.is_file():
            (target / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name.decode())
    return target


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git to list the checkout")
def test_a_wheel_in_a_fresh_venv_without_qt_tools_starts_in_indonesian(tmp_path: Path) -> None:
    source = _checkout(tmp_path / "checkout")
    assert not list(source.rglob("*.catalog.json")) and not list(source.rglob("*.qm"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "dist"),
         str(source)],
        check=True,
    )  # fmt: skip
    (wheel,) = (tmp_path / "dist").glob("desk_assistant-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    # The top-level resources/ folder installs as desk_assistant.resources.
    assert "desk_assistant/resources/packs/default.yaml" in names
    assert "desk_assistant/resources/translations/desk_assistant_id.catalog.json" in names
    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True)
    site = Path(
        subprocess.run(
            [str(python), "-c", "import PySide6, os; print(os.path.dirname(PySide6.__file__))"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    )  # fmt: skip
    for tool in site.rglob("lrelease*"):
        tool.unlink()  # as a frozen bundle or a distribution's PySide6 may ship
    assert not list(site.rglob("lrelease*"))
    env = {
        "PATH": str(bin_dir),  # nothing else: no Qt tool of the system either
        "HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    for wrapper in bin_dir.glob("pyside6-*"):
        wrapper.unlink()  # no Qt tool on the PATH either
    assert shutil.which("lrelease", path=env["PATH"]) is None
    assert shutil.which("pyside6-lrelease", path=env["PATH"]) is None
    work = tmp_path / "work"
    work.mkdir()
    result = subprocess.run(
        [str(python), "-c", CHECK, str(work)],
        capture_output=True, text=True, env=env, cwd=work, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    language, *texts = result.stdout.splitlines()
    assert language == "id"
    assert "Tidak tersedia (F8)" in texts, texts
    assert "&Berkas" in texts or any(t.startswith("&Berkas") for t in texts), texts
    # And the installed command starts the real window (a screenshot, then it quits).
    shot = work / "desk.png"
    started = subprocess.run(
        [str(bin_dir / "desk-assistant"), "--db", str(work / "desk.db"), "--screenshot",
         str(shot)],
        capture_output=True, text=True, env=env, cwd=work, timeout=300,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert shot.stat().st_size > 10_000
