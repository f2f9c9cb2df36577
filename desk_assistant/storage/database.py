"""Opening the database: pragmas, migrations, and turning SQLite errors into plain words."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import sqlite_utils

from desk_assistant.errors import DatabaseDamagedError, StorageError, os_reason
from desk_assistant.storage.migrations import APPLICATION_ID, MIGRATIONS

BUSY_TIMEOUT_MS = 5000


_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def classify(exc: sqlite3.Error, path: Path | None = None) -> StorageError:
    """What a SQLite error means for the librarian, decided by SQLite's error code.

    Only a damaged file (corrupt, not a database) is :class:`DatabaseDamagedError`, the
    one case where restoring a backup helps. An I/O or open error says little by itself:
    the folder is then probed with a real write to tell a full disk, a read-only drive, a
    missing permission and a folder-instead-of-a-file apart.
    """
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(_DAMAGE):
        return DatabaseDamagedError("db.damaged", detail=str(exc))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StorageError("db.locked")
    if name.startswith("SQLITE_FULL"):
        return StorageError("db.disk_full")
    if name.startswith("SQLITE_READONLY"):
        return StorageError("db.read_only")
    if name.startswith(("SQLITE_PERM", "SQLITE_AUTH")):
        return StorageError("db.no_permission", path=str(path or ""))
    if path is not None and name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        found = diagnose(path)
        if found is not None:
            return found
    if name.startswith("SQLITE_CANTOPEN"):
        return StorageError("db.cannot_open", path=str(path or ""), detail=str(exc))
    return StorageError("db.write_failed", detail=str(exc))


def diagnose(path: Path) -> StorageError | None:
    """Why the database's file or folder cannot be used, found by trying (None: no idea)."""
    import errno
    import os

    if path.is_dir():
        return StorageError("db.is_folder", path=str(path))
    folder = path.parent
    if not folder.is_dir():
        return StorageError("db.cannot_open", path=str(path), detail="no such folder")
    probe = folder / f".{path.name}.{os.getpid()}-probe.da-part"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, b"\0" * 65536)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        code = exc.errno
        if code in (errno.ENOSPC, errno.EDQUOT):
            return StorageError("db.disk_full")
        if code == errno.EROFS:
            return StorageError("db.read_only")
        if code in (errno.EACCES, errno.EPERM):
            return StorageError("db.no_permission", path=str(path))
        return StorageError("db.write_failed", detail=os_reason(exc))
    finally:
        with suppress(OSError):
            probe.unlink()
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return StorageError("db.no_permission", path=str(path))
    return None


def _file_of(db: sqlite_utils.Database | None) -> Path | None:
    if db is None or db.memory:
        return None
    try:
        row = db.conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return None
    return Path(row[2]) if row and row[2] else None


@contextmanager
def storage_errors(db: sqlite_utils.Database | None = None) -> Iterator[None]:
    """Re-raise SQLite errors as :class:`StorageError` with a message for the librarian."""
    try:
        yield
    except sqlite3.Error as exc:
        raise classify(exc, _file_of(db)) from exc


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """A write transaction that takes the write lock at its start (BEGIN IMMEDIATE).

    ``db.atomic()`` begins deferred: two desks that both read first and then write would
    deadlock on the upgrade, and SQLite answers that with "locked" at once, whatever the
    busy timeout. Nested use becomes a savepoint, as with ``atomic()``.
    """
    with storage_errors(db):
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

    A SQLite file that belongs to another application is refused and left untouched: our
    tables are never added to it. sqlite-utils plugins are not run: no third-party code
    installed beside the app may hook into the connection that holds patron data (and
    finding them costs 15 ms).
    """
    if path is None or str(path) == ":memory:":
        db = sqlite_utils.Database(memory=True, execute_plugins=False)
        file: Path | None = None
    else:
        file = Path(path)
        if file.is_dir():
            raise StorageError("db.is_folder", path=str(file))
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError("db.cannot_open", path=str(file), detail=os_reason(exc)) from exc
        try:
            db = sqlite_utils.Database(file, execute_plugins=False)
        except sqlite3.Error as exc:
            raise classify(exc, file) from exc
    try:
        with storage_errors(db):
            if file is not None and _belongs_elsewhere(db):
                raise StorageError("db.not_database", path=str(file))
            configure(db)
            pending = bool(MIGRATIONS.pending(db))
            MIGRATIONS.apply(db)
            if pending and file is not None:
                # The new identity is in the header at once, not only in the log.
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        db.close()
        raise
    return db


def _belongs_elsewhere(db: sqlite_utils.Database) -> bool:
    """Is this a SQLite file of another application (tables, but none of ours)?"""
    if db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
        return False
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return False
    if "_sqlite_migrations" in tables:
        row = db.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'desk_assistant'"
        ).fetchone()
        return not row[0]
    return True


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
