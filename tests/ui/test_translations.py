"""Every UI string has an Indonesian translation, compiled by the application itself."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "desk_assistant" / "resources" / "translations" / "desk_assistant_id.ts"
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402


def test_no_untranslated_strings() -> None:
    assert i18n.unfinished("id") == []


def test_ts_covers_every_tr_call(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / "check_id.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "desk_assistant" / "ui").rglob("*.py"))
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "0 new" in result.stdout + result.stderr, result.stdout


def test_the_catalog_is_compiled_from_the_source_once(tmp_path: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No compiled .qm is kept in git: the first start compiles it, later starts reuse it,
    and a changed source is compiled again."""
    from PySide6.QtCore import QTranslator

    from desk_assistant.ui import translations

    assert not list(TS.parent.glob("*.qm"))  # what a clean checkout has
    catalog = translations.compiled_catalog("id", tmp_path)
    assert catalog is not None and catalog.parent == tmp_path
    translator = QTranslator()
    assert translator.load(str(catalog))
    assert translator.translate("DeskView", "Not available (F8)") == "Tidak tersedia (F8)"
    stamp = catalog.stat().st_mtime_ns
    assert translations.compiled_catalog("id", tmp_path) == catalog  # from the cache
    assert catalog.stat().st_mtime_ns == stamp
    changed = tmp_path / "src" / TS.name
    changed.parent.mkdir()
    changed.write_text(
        TS.read_text(encoding="utf-8").replace("Tidak tersedia (F8)", "Tak tersedia (F8)"),
        encoding="utf-8",
    )
    monkeypatch.setattr(translations, "ts_path", lambda lang: changed)
    again = translations.compiled_catalog("id", tmp_path)
    assert again is not None and again != catalog and not catalog.exists()
    assert translator.load(str(again))
    assert translator.translate("DeskView", "Not available (F8)") == "Tak tersedia (F8)"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([again.name, "src"])


def test_without_the_compiler_the_interface_stays_english_and_says_why(
    tmp_path: Path, qapp, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.ui import translations

    monkeypatch.setattr(translations, "lrelease", lambda: None)
    monkeypatch.setattr(translations, "cache_folder", lambda: tmp_path)
    monkeypatch.setattr(translations.tempfile, "gettempdir", lambda: str(tmp_path))
    with caplog.at_level("WARNING"):
        assert translations.compiled_catalog("id") is None
        chosen = translations.Translations(qapp)
        chosen.set_language("id")
    assert chosen.language == "id" and chosen._translator is None
    assert "lrelease was not found" in caplog.text
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_cache_folder_falls_back_to_the_temporary_one(
    tmp_path: Path, qapp, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.ui import translations

    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setattr(translations, "cache_folder", lambda: blocked / "translations")
    monkeypatch.setattr(translations.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    catalog = translations.compiled_catalog("id")
    assert catalog is not None
    assert catalog.parent == tmp_path / "tmp" / "desk-assistant-translations"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_screen_and_exports_name_things_alike(window, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The window's labels (Qt translations) and the exports' (bilingual pairs) agree, so a
    supervisor finds in Excel the words the desk saw."""
    from desk_assistant.domain.followup import Channel, Reason, Status
    from desk_assistant.domain.vocabulary import Need, Outcome, Segment
    from desk_assistant.services import exports
    from desk_assistant.ui import labels

    window.set_language(lang)
    pick = 0 if lang == "id" else 1
    assert labels.need_label(Need.BORROW) == ("Meminjam", "Borrow")[pick]
    pairs = [
        (Need, labels.need_label, exports.NEEDS),
        (Outcome, labels.outcome_label, exports.OUTCOMES),
        (Status, labels.status_label, exports.STATUS),
        (Channel, labels.channel_label, exports.CHANNELS),
        (Reason, labels.reason_label, exports.REASONS),
        (Segment, labels.segment_label, exports.SEGMENTS),
    ]
    differ = [
        (code.value, label(code), names[code.value][pick])
        for kind, label, names in pairs
        for code in kind
        if label(code) != names[code.value][pick]
    ]
    assert differ == []


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a tr() there is never translated."""
    import io
    import re
    import tokenize

    hidden = []
    for path in sorted((ROOT / "desk_assistant" / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            text = token.string
            f_string = token.type == tokenize.STRING and text.lstrip("rbRB")[:1] in "fF"
            if f_string and re.search(r"(?<!\w)tr\(", text):  # tr(, not str(
                hidden.append(f"{path.name}:{token.start[0]}")
    assert hidden == []
