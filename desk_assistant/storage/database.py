"""Opening the database: pragmas, migrations, and turning SQLite errors into plain words."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from desk_assistant.errors import DatabaseDamagedError, StorageError
from desk_assistant.storage.migrations import MIGRATIONS

BUSY_TIMEOUT_MS = 5000


def _classify(exc: sqlite3.Error) -> StorageError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError("db.locked")
    if "readonly" in text or "read-only" in text:
        return StorageError("db.read_only")
    if "full" in text:
        return StorageError("db.disk_full")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseDamagedError("db.damaged", detail=str(exc))
    if "disk i/o" in text:
        return StorageError("db.write_failed", detail=str(exc))
    return StorageError("db.write_failed", detail=str(exc))


@contextmanager
def storage_errors() -> Iterator[None]:
    """Re-raise SQLite errors as :class:`StorageError` with a message for the librarian."""
    try:
        yield
    except sqlite3.Error as exc:
        raise _classify(exc) from exc


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """A write transaction that takes the write lock at its start (BEGIN IMMEDIATE).

    ``db.atomic()`` begins deferred: two desks that both read first and then write would
    deadlock on the upgrade, and SQLite answers that with "locked" at once, whatever the
    busy timeout. Nested use becomes a savepoint, as with ``atomic()``.
    """
    with storage_errors():
        if db.conn.in_transaction:
            with db.atomic():
                yield
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            db.conn.rollback()
            raise
        try:
            db.execute("COMMIT")
        except BaseException:
            db.conn.rollback()
            raise


def configure(db: sqlite_utils.Database) -> None:
    """The pragmas every connection gets."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    # Erased means gone: freed pages are overwritten, not left readable in the file.
    db.execute("PRAGMA secure_delete = ON")
    if not db.memory:
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def open_database(path: str | Path | None) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database; ``None`` means in memory.

    sqlite-utils plugins are not run: no third-party code installed beside the app may
    hook into the connection that holds patron data (and finding them costs 15 ms).
    """
    if path is None or str(path) == ":memory:":
        db = sqlite_utils.Database(memory=True, execute_plugins=False)
    else:
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError("db.cannot_open", path=str(path), detail=exc.strerror) from exc
        try:
            db = sqlite_utils.Database(path, execute_plugins=False)
        except sqlite3.Error as exc:
            raise StorageError("db.cannot_open", path=str(path), detail=str(exc)) from exc
    with storage_errors():
        try:
            db.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        configure(db)
        MIGRATIONS.apply(db)
    return db


def upgrade_pending(path: str | Path | None) -> bool:
    """Does an existing database still need this version's migrations?

    Read-only and quiet: a missing, new or unreadable file says False (opening it will
    create it, or report the damage).
    """
    if path is None or str(path) == ":memory:" or not Path(path).is_file():
        return False
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            db = sqlite_utils.Database(conn, execute_plugins=False)
            return bool(MIGRATIONS.applied(db)) and bool(MIGRATIONS.pending(db))
        finally:
            conn.close()
    except sqlite3.Error:
        return False
