"""Every UI string has an Indonesian translation, and the committed .qm is up to date."""

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


def test_committed_qm_matches_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    out = tmp_path / "id.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(out)], capture_output=True, check=True)
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes(), (
        "run: python tools/i18n.py release"
    )


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
