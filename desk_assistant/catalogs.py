"""Compile the translation sources (Qt Linguist ``.ts``) into the catalogs the application
reads (``.catalog.json``), when the package is built.

Pure Python and the standard library only, and nothing of this package: ``setup.py`` loads
this file by its path in the build's isolated environment, where neither Qt nor the
application's dependencies are installed. No Qt tool is needed anywhere (a frozen bundle
or a distribution's PySide6 often lacks ``lrelease``). A source tree that was never built
reads its ``.ts`` through the same function (:func:`desk_assistant.i18n.load_catalog`).

    python -m desk_assistant.catalogs SOURCE_FOLDER TARGET_FOLDER
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FORMAT = 1
SUFFIX = ".catalog.json"


def compile_ts(ts: Path) -> dict[str, object]:
    """The finished translations of ``ts``: {context: {source: translation}}.

    Unfinished, obsolete and empty translations are left out, so the source text (English)
    shows instead, as Qt does with an untranslated message."""
    root = ET.parse(ts).getroot()
    contexts: dict[str, dict[str, str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            text = translation.text or ""
            if not text:
                continue
            comment = message.findtext("comment")
            key = f"{comment}\x04{source}" if comment else source
            contexts.setdefault(name, {})[key] = text
    language = (root.get("language") or "").split("_")[0]
    return {"format": FORMAT, "language": language, "contexts": contexts}


def catalog_name(ts: Path) -> str:
    return ts.name.removesuffix(".ts") + SUFFIX


def compile_folder(source: Path, target: Path) -> list[Path]:
    """Every ``.ts`` of ``source`` compiled into ``target``; returns the catalogs written."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(source.glob("*.ts")):
        catalog = target / catalog_name(ts)
        part = catalog.with_name(catalog.name + ".part")
        part.write_text(
            json.dumps(compile_ts(ts), ensure_ascii=False, sort_keys=True, indent=0),
            encoding="utf-8",
        )
        part.replace(catalog)
        written.append(catalog)
    return written


if __name__ == "__main__":
    for path in compile_folder(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path)
