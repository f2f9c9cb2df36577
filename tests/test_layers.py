"""Qt stays in desk_assistant.ui: the other layers import no PySide6 module."""

from __future__ import annotations

import subprocess
import sys


def test_domain_storage_services_load_no_qt() -> None:
    code = (
        "import sys\n"
        "import desk_assistant.domain.script_pack, desk_assistant.domain.flow\n"
        "import desk_assistant.storage, desk_assistant.storage.interactions\n"
        "import desk_assistant.storage.packs\n"
        "import desk_assistant.services.desk, desk_assistant.services.packs\n"
        "import desk_assistant.app, desk_assistant.errors, desk_assistant.i18n\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_the_services_are_the_only_door() -> None:
    """The window and the command line see use cases, never the storage behind them."""
    import dataclasses
    from pathlib import Path

    import desk_assistant
    from desk_assistant.app import Services

    public = {f.name for f in dataclasses.fields(Services) if not f.name.startswith("_")}
    assert not public & {"db", "queue", "audit", "app_state", "store"}
    package = Path(desk_assistant.__file__).parent
    callers = [*package.joinpath("ui").rglob("*.py"), *package.glob("cli*.py")]
    reaching = [
        str(path.relative_to(package))
        for path in callers
        if "_store" in path.read_text(encoding="utf-8")
        or "desk_assistant.storage" in path.read_text(encoding="utf-8")
    ]
    assert reaching == []
