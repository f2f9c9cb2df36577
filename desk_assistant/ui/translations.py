"""Switching the UI language at run time.

Only the translation sources (``.ts``) ship with the application; the compiled catalogs
(``.qm``) are not kept in git. The first start after an install or an update compiles them
with Qt's ``lrelease`` (part of PySide6) into the user's cache folder, named by the
source's content, so a changed ``.ts`` is compiled again and an unchanged one never is.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import subprocess
import sys
import tempfile
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, QTranslator

LANGUAGES = ("id", "en")

log = logging.getLogger(__name__)


def ts_path(lang: str) -> Path:
    resource = resources.files("desk_assistant").joinpath(
        f"resources/translations/desk_assistant_{lang}.ts"
    )
    return Path(str(resource))


def cache_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    base = Path(location) if location else Path(tempfile.gettempdir()) / "desk-assistant"
    return base / "translations"


def lrelease() -> Path | None:
    """Qt's translation compiler, as PySide6 ships it (``lrelease`` or ``lrelease.exe``)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
        for candidate in (folder / name, folder / "Qt" / "bin" / name):
            if candidate.is_file():
                return candidate
    return None


def compiled_catalog(lang: str, folder: Path | None = None) -> Path | None:
    """The compiled catalog of ``lang``: from the cache, or compiled now from its source.

    None when there is no source or it cannot be compiled (the reason is logged; the
    interface then shows its English source strings). Without ``folder``, the user's cache
    folder, else (not writable) the temporary folder.
    """
    if folder is not None:
        return _compiled_in(lang, folder)
    fallback = Path(tempfile.gettempdir()) / "desk-assistant-translations"
    for candidate in (cache_folder(), fallback):
        catalog = _compiled_in(lang, candidate)
        if catalog is not None:
            return catalog
    return None


def _compiled_in(lang: str, folder: Path) -> Path | None:
    ts = ts_path(lang)
    if not ts.is_file():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    qm = folder / f"desk_assistant_{lang}-{digest}.qm"
    if qm.is_file():
        return qm
    compiler = lrelease()
    if compiler is None:
        log.warning("Qt's lrelease was not found beside PySide6; the interface stays English")
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: two desks starting at once never read half a file.
        handle, name = tempfile.mkstemp(dir=folder, suffix=".part")
        os.close(handle)
        part = Path(name)
        try:
            result = subprocess.run(
                [str(compiler), "-silent", str(ts), "-qm", str(part)],
                capture_output=True,
                text=True,
                timeout=60,
            )
            if result.returncode != 0 or part.stat().st_size == 0:
                log.warning("Compiling %s failed: %s", ts.name, result.stderr.strip())
                return None
            part.replace(qm)
        finally:
            part.unlink(missing_ok=True)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Compiling %s failed: %s", ts.name, exc)
        return None
    for old in folder.glob(f"desk_assistant_{lang}-*.qm"):
        if old != qm:
            with contextlib.suppress(OSError):
                old.unlink()  # an earlier version's catalog
    return qm


class Translations:
    """Installs the translator of the chosen language; source strings are English."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self._translator: QTranslator | None = None

    @classmethod
    def of(cls, app: QCoreApplication) -> Translations:
        """The one instance for ``app`` (a second would leave its translator installed)."""
        existing = getattr(app, "_desk_translations", None)
        if isinstance(existing, Translations):
            return existing
        created = cls(app)
        app._desk_translations = created  # type: ignore[attr-defined]
        return created

    def set_language(self, language: str) -> None:
        language = language if language in LANGUAGES else "id"
        # Set first: installing or removing a translator sends LanguageChange to every
        # widget at once, and they read the language while they retranslate.
        self.language = language
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        if language != "en":
            catalog = compiled_catalog(language)
            translator = QTranslator(self.app)
            if catalog is not None and translator.load(str(catalog)):
                self.app.installTranslator(translator)
                self._translator = translator
            else:
                log.warning("No %s translation could be loaded", language)
        # The LanguageChange events are posted; deliver them now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
