"""The active pack's snapshot: the same pack as parsing gives, or nothing at all."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desk_assistant.domain.script_pack import parse_pack, snapshot
from desk_assistant.services.packs import default_pack_source
from desk_assistant.storage.packs import sha256

SOURCE = default_pack_source()
DIGEST = sha256(SOURCE)


def test_a_snapshot_restores_the_very_pack_parsing_gives() -> None:
    pack = parse_pack(SOURCE)
    restored = snapshot.restore(snapshot.take(pack, DIGEST), DIGEST)
    assert restored == pack and restored is not None and restored.source == pack.source


def test_a_snapshot_of_another_source_shape_or_damaged_text_is_not_used() -> None:
    text = snapshot.take(parse_pack(SOURCE), DIGEST)
    assert snapshot.restore(text, "0" * 64) is None  # another source
    data = json.loads(text)
    assert snapshot.restore(json.dumps({**data, "shape": "older"}), DIGEST) is None
    data["pack"]["source"] = SOURCE + "\n# edited"  # the text no longer matches its digest
    assert snapshot.restore(json.dumps(data), DIGEST) is None
    data = json.loads(text)
    data["pack"]["version"] = "two"  # a wrong type
    assert snapshot.restore(json.dumps(data), DIGEST) is None
    for damaged in ("", "{", "[]", text[: len(text) // 2]):
        assert snapshot.restore(damaged, DIGEST) is None


def test_a_second_start_restores_the_pack_without_reading_yaml(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desk_assistant.app import build_services\n"
        "services = build_services(Path(sys.argv[1]))\n"
        "print(services.packs.active.id, 'yaml' in sys.modules)\n"
        "services.close()\n"
    )
    db = str(tmp_path / "desk.db")
    first = subprocess.run([sys.executable, "-c", code, db], capture_output=True, text=True)
    second = subprocess.run([sys.executable, "-c", code, db], capture_output=True, text=True)
    assert first.stdout.split() == ["layanan-prima", "True"], first.stderr
    assert second.stdout.split() == ["layanan-prima", "False"], second.stderr
