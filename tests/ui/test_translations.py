"""Every UI string has an Indonesian translation, compiled when the package is built."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "desk_assistant_id.ts"
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402

from desk_assistant import catalogs  # noqa: E402


def test_no_untranslated_strings() -> None:
    assert i18n.unfinished("id") == []


def test_ts_covers_every_tr_call(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / "check_id.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "desk_assistant").rglob("*.py"))
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "0 new" in result.stdout + result.stderr, result.stdout


def test_the_build_compiles_every_finished_translation(tmp_path: Path) -> None:
    """desk_assistant/catalogs.py (run by the build) keeps each finished translation, under its
    context, and leaves unfinished ones out so the English source shows."""
    compiled = catalogs.compile_ts(TS)
    assert compiled["language"] == "id"
    contexts = compiled["contexts"]
    assert isinstance(contexts, dict)
    assert contexts["DeskView"]["Not available (F8)"] == "Tidak tersedia (F8)"
    assert sum(len(m) for m in contexts.values()) == TS.read_text("utf-8").count("<message>")
    draft = tmp_path / "src" / "desk_assistant_xx.ts"
    draft.parent.mkdir()
    draft.write_text(
        '<TS version="2.1" language="xx"><context><name>C</name>'
        "<message><source>Done</source><translation>Selesai</translation></message>"
        '<message><source>Draft</source><translation type="unfinished">Dr</translation>'
        "</message><message><source>Empty</source><translation/></message>"
        "<message><source>Open</source><comment>menu</comment>"
        "<translation>Buka</translation></message></context></TS>",
        encoding="utf-8",
    )
    (written,) = catalogs.compile_folder(draft.parent, tmp_path / "out")
    assert written.name == "desk_assistant_xx.catalog.json"
    expected = {"C": {"Done": "Selesai", "menu\x04Open": "Buka"}}
    assert catalogs.compile_ts(draft)["contexts"] == expected


def test_the_installed_catalog_serves_qt(qapp) -> None:  # type: ignore[no-untyped-def]
    """The catalog the install compiled translates the window; English needs none."""
    from PySide6.QtCore import QCoreApplication

    from desk_assistant.i18n import load_catalog
    from desk_assistant.ui.translations import Translations

    assert load_catalog("id") is not None, "run pip install -e . (the build compiles it)"
    chosen = Translations.of(qapp)
    chosen.set_language("id")
    assert QCoreApplication.translate("DeskView", "Not available (F8)") == "Tidak tersedia (F8)"
    assert QCoreApplication.translate("DeskView", "never a message") == "never a message"
    chosen.set_language("en")
    assert QCoreApplication.translate("DeskView", "Not available (F8)") == "Not available (F8)"
    chosen.set_language("id")


def test_without_a_catalog_the_interface_stays_english_and_says_why(
    qapp, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.ui import translations

    monkeypatch.setattr(translations, "load_catalog", lambda lang, name: None)
    with caplog.at_level("WARNING"):
        chosen = translations.Translations(qapp)
        chosen.set_language("id")
    assert chosen.language == "id" and chosen._translators == []
    assert "No id catalog desk_assistant is installed" in caplog.text
    chosen.set_language("en")


def test_qts_own_dialogs_speak_indonesian(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt ships no Indonesian catalog for its dialogs: the program brings the texts of the
    ones it shows (a save dialog, a message box's buttons, a text field's menu)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QLabel

    from desk_assistant.ui.paths import in_documents
    from desk_assistant.ui.translations import Translations

    chosen = Translations.of(qapp)
    chosen.set_language("id")
    try:
        dialog = QFileDialog(None, "Simpan slip", in_documents("slip.pdf"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
        assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Tempel"
        assert QLocale().language() == QLocale.Language.Indonesian
        dialog.deleteLater()
    finally:
        chosen.set_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_installed_catalog_is_the_compiled_source() -> None:
    """The catalog this installation reads is the .ts compiled now: after changing a
    translation, ``pip install -e .`` compiles it again (this says so if it was not)."""
    from desk_assistant.i18n import load_catalog

    installed = load_catalog("id")
    assert installed is not None, "no catalog: run pip install -e ."
    assert installed.contexts == catalogs.compile_ts(TS)["contexts"], "run pip install -e ."


def test_one_text_serves_the_screen_the_exports_and_the_command_line(qapp) -> None:  # type: ignore[no-untyped-def]
    """A label is declared once, beside its enum; the window (Qt), the exports and the
    messages (no Qt) all read the same catalog."""
    from desk_assistant.domain.vocabulary import NEED_LABELS, Need
    from desk_assistant.i18n import labels as named
    from desk_assistant.i18n import translate
    from desk_assistant.ui import labels
    from desk_assistant.ui.translations import Translations

    chosen = Translations.of(qapp)
    chosen.set_language("id")
    assert labels.need_label(Need.BORROW) == "Meminjam"
    assert named(NEED_LABELS, "id")["borrow"] == "Meminjam"
    assert named(NEED_LABELS, "en")["borrow"] == "Borrow"
    assert translate("cli.no_display", "id").startswith("Tidak ada layar")
    assert translate("cli.no_display", "en").startswith("No display")


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


def test_a_source_tree_never_built_reads_its_ts(monkeypatch, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    """No compiled catalog (a checkout run without pip install): still Indonesian, read
    from the .ts with the build's own function, and the log says why."""
    from desk_assistant import i18n

    real = i18n.resource

    def without_compiled(name: str):  # type: ignore[no-untyped-def]
        return tmp_path / "missing.json" if name.endswith(".catalog.json") else real(name)

    monkeypatch.setattr(i18n, "resource", without_compiled)
    i18n.load_catalog.cache_clear()
    try:
        with caplog.at_level("WARNING"):
            catalog = i18n.load_catalog("id")
        assert catalog is not None
        assert catalog.contexts["DeskView"]["Not available (F8)"] == "Tidak tersedia (F8)"
        assert "was not built" in caplog.text
    finally:
        i18n.load_catalog.cache_clear()
