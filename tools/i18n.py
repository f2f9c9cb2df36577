"""Developer tool for the Qt translations of the UI chrome.

python tools/i18n.py update          # extract tr() strings into the .ts files
python tools/i18n.py fill FILE.tsv   # set translations: lines "source<TAB>translation",
                                     # or "context<TAB>source<TAB>translation"
python tools/i18n.py check           # list sources that still lack a translation

No compiled catalog is kept in git: building the package (pip install, pip wheel) compiles
the .ts with desk_assistant/catalogs.py; re-run `pip install -e .` after changing a translation.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desk_assistant"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("id",)


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def ts_path(lang: str) -> Path:
    return TS_DIR / f"desk_assistant_{lang}.ts"


def update() -> None:
    # Every module: Qt's tr() in the interface, QT_TRANSLATE_NOOP (desk_assistant.i18n)
    # everywhere else, for messages, labels, dates and the exports' words.
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    for lang in LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources,
                "-ts",
                str(ts_path(lang)),
            ],
            check=True,
        )


def unfinished(lang: str) -> list[str]:
    tree = ET.parse(ts_path(lang))
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not (translation.text or "").strip()
        ):
            missing.append(message.findtext("source") or "")
    return missing


def fill(lang: str, table: Path) -> None:
    pairs: dict[tuple[str | None, str], str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        fields = [f.replace("\\n", "\n") for f in line.split("\t")]
        if len(fields) == 2:
            pairs[(None, fields[0])] = fields[1]
        elif len(fields) == 3:
            pairs[(fields[0], fields[1])] = fields[2]
    path = ts_path(lang)
    tree = ET.parse(path)
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = pairs.get((name, source), pairs.get((None, source)))
            if text is not None:
                translation = message.find("translation")
                assert translation is not None
                translation.text = text
                translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "fill":
        fill("id", Path(sys.argv[2]))
    elif command == "check":
        missing = [s for lang in LANGUAGES for s in unfinished(lang)]
        for source in missing:
            print(f"untranslated: {source!r}")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
