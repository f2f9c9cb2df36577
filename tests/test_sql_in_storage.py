"""All SQL lives in desk_assistant/storage: the seam a second storage engine implements."""

from __future__ import annotations

import re
from pathlib import Path

import desk_assistant

PACKAGE = Path(desk_assistant.__file__).parent
# A call that runs SQL on a connection or a sqlite-utils database, or SQL text itself.
SQL = re.compile(
    r"\.(execute|executemany|executescript|query)\(|\b(SELECT\s.+\sFROM|INSERT\s+INTO|"
    r"UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER))\b|\bPRAGMA\s"
)


def sql_outside_storage() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "storage":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SQL.search(line):
                found.append(f"{relative}:{number}: {line.strip()}")
    return found


def test_no_sql_outside_storage() -> None:
    assert sql_outside_storage() == []


def test_the_check_sees_sql_where_it_is() -> None:
    """The pattern is not blind: storage's own modules are full of it."""
    storage = PACKAGE / "storage"
    hits = [
        line
        for path in storage.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if SQL.search(line)
    ]
    assert len(hits) > 50
    assert SQL.search('rows = self.db.execute("SELECT 1")')
    assert SQL.search('"INSERT INTO followups (id) VALUES (?)"')
