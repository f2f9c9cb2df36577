"""Opening the database: pragmas, schema, errors in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_assistant.errors import DatabaseDamagedError, StorageError
from desk_assistant.storage.database import open_database
from desk_assistant.storage.migrations import MIGRATIONS


def test_file_database_has_safe_pragmas_and_tables(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sub" / "desk.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert {"shifts", "interactions", "script_packs", "app_state"} <= set(db.table_names())
    db.close()


def test_migrations_run_once(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    open_database(path).close()
    db = open_database(path)
    rows = db.execute("SELECT name FROM _sqlite_migrations").fetchall()
    assert [r[0] for r in rows] == [m.name for m in MIGRATIONS._migrations]
    assert len(rows) == len(set(rows))
    db.close()


def test_interactions_table_has_no_personal_data_columns(db) -> None:  # type: ignore[no-untyped-def]
    columns = {c.name for c in db["interactions"].columns}
    assert not columns & {"name", "patron", "phone", "email", "title", "item"}


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    garbage = b"this is not sqlite at all" * 100
    path.write_bytes(garbage)
    with pytest.raises(DatabaseDamagedError) as info:
        open_database(path)
    assert "rusak" in info.value.user_message("id")
    assert path.read_bytes() == garbage


def test_an_unwritable_folder_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError) as info:
        open_database(blocker / "desk.db")
    assert "tidak dapat dibuka" in info.value.user_message("id")


def test_sqlite_utils_plugins_never_touch_the_connection(tmp_path: Path) -> None:
    import sqlite_utils

    calls: list[object] = []

    class Plugin:
        @sqlite_utils.hookimpl
        def prepare_connection(self, conn: object) -> None:
            calls.append(conn)

    plugin = Plugin()
    sqlite_utils.plugins.pm.register(plugin, name="test-plugin")
    try:
        open_database(tmp_path / "p.db").close()
        open_database(None).close()
    finally:
        sqlite_utils.plugins.pm.unregister(plugin)
    assert calls == []


def test_an_upgrade_still_to_run_is_told_apart(tmp_path: Path) -> None:
    import sqlite3

    from desk_assistant.storage.database import upgrade_pending

    path = tmp_path / "desk.db"
    assert not upgrade_pending(path)  # no file yet: a new database, nothing to upgrade
    open_database(path).close()
    assert not upgrade_pending(path)  # up to date
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "DELETE FROM _sqlite_migrations WHERE name = ?", (MIGRATIONS._migrations[-1].name,)
        )
    conn.close()
    before = path.read_bytes()
    assert upgrade_pending(path)  # made by the previous version
    assert path.read_bytes() == before  # the check itself never writes
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    assert not upgrade_pending(garbage)  # opening it reports the damage, not this
    assert garbage.read_bytes() == b"not a database at all" * 100


def test_the_upgrade_notice_says_what_happens(qapp) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.ui.application import show_upgrade_notice

    notice = show_upgrade_notice("id")
    try:
        assert notice.isVisible()
        assert "Memperbarui basis data" in notice.text() and "sekali saja" in notice.text()
    finally:
        notice.close()


def test_migrations_use_nothing_outside_storage() -> None:
    """A migration carries frozen copies of what it computes: a later change to the domain
    cannot change what an old migration does to an old database."""
    import ast
    from pathlib import Path

    import desk_assistant.storage.migrations as migrations

    tree = ast.parse(Path(migrations.__file__).read_text(encoding="utf-8"))
    ours = [
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desk_assistant")
    ]
    assert ours == []


def test_the_frozen_phone_format_agrees_with_todays() -> None:
    from desk_assistant.domain.followup import format_phone
    from desk_assistant.storage.migrations import _phone_as_shown_0005

    for number in ("+6281234567890", "+62215550123", "+6591234567", "not a number"):
        assert _phone_as_shown_0005(number) == format_phone(number)
