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
