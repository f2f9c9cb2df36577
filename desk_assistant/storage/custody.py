"""Custody of the database file: what a Desk Assistant database *is*, its backups, restore.

One place knows:

- a database's **identity** (``application_id`` "DSKA" in the header, a UUID in the
  ``database_identity`` table, and its first digits in ``user_version``), read without
  trusting the write-ahead log;
- its **history** (the newest interaction and audit row: both tables are append-only, so
  a database whose history shrank has been replaced or mixed with another file);
- whether a file is **damaged** (SQLite's own error codes and ``quick_check``), as against
  a full disk, a read-only drive, a folder or a lock (see ``database.classify``);
- its **backups** (named and filled with its identity) and the **custody record** beside
  it (``<db>.custody``: its id, the history last seen, the chosen backup folder), which
  outlives the database when the database is lost;
- the **erasure ledger** kept outside the database (``<db>.erasures``: follow-up ids,
  codes and times only), so that a restore never brings an erased patron back;
- how a database is **swapped** for a backup: exclusively, with a journal, so that a kill
  at any moment leaves the old or the restored database at the path, never none.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desk_assistant.errors import DatabaseDamagedError, FileWriteError, StorageError
from desk_assistant.files import (
    SQLITE_HEADER,
    fsync_folder,
    process_alive,
    replacing,
    write_text,
)
from desk_assistant.storage.database import classify
from desk_assistant.storage.migrations import APPLICATION_ID

BACKUP_PREFIX = "desk-assistant-"
_BACKUP_NAME = re.compile(
    r"^desk-assistant-(?:(?P<tag>[0-9a-f]{8})-)?(?P<stamp>\d{8}-\d{6})(?P<suspect>\.suspect)?\.db$"
)
LOCK_TIMEOUT_S = 2.0

Step = Callable[[str], None]


def _no_step(_name: str) -> None:
    return None


# --- reading a file without trusting it --------------------------------------------------


@dataclass(frozen=True)
class Header:
    """What the first 100 bytes of a SQLite file say (read as bytes, not through SQLite)."""

    application_id: int
    tag: int  # user_version: the first digits of the database's id (0: not yet given)
    wal: bool

    @property
    def ours(self) -> bool:
        return self.application_id == APPLICATION_ID


def read_header(path: Path) -> Header | None:
    """None when ``path`` is not a SQLite file (or cannot be read)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(100)
    except OSError:
        return None
    if len(data) < 100 or data[:16] != SQLITE_HEADER:
        return None
    return Header(
        application_id=int.from_bytes(data[68:72], "big"),
        tag=int.from_bytes(data[60:64], "big"),
        wal=data[18] == 2,
    )


def tag_of(identity: str) -> int:
    """The header's short form of a database id (as migration 0008 writes it)."""
    return int(identity[:8], 16) & 0x7FFFFFFF


def _connect_ro(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    # A damaged page can put arbitrary bytes in text, and in SQLite's own messages.
    conn.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    return conn


@dataclass(frozen=True)
class History:
    """The newest interaction and audit row: both only ever grow."""

    interactions: int
    audit: int

    def shrank_from(self, earlier: History) -> bool:
        return self.interactions < earlier.interactions or self.audit < earlier.audit


@dataclass(frozen=True)
class Facts:
    """What a sound database file says about itself."""

    identity: str | None  # None: made by a version before identities (upgraded at open)
    file_name: str
    created_at: str
    tag: int  # user_version as SQLite sees it (the write-ahead log applied)
    history: History
    ours: bool  # our application id, or our migrations table
    tables: int  # how many tables it has (0: an empty SQLite file)


def _facts(conn: sqlite3.Connection) -> Facts:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    ours = app_id == APPLICATION_ID
    if not ours and "_sqlite_migrations" in tables:
        ours = bool(
            conn.execute(
                "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'desk_assistant'"
            ).fetchone()[0]
        )
    identity, file_name, created = None, "", ""
    if "database_identity" in tables:
        row = conn.execute("SELECT id, file_name, created_at FROM database_identity").fetchone()
        if row:
            identity, file_name, created = row
    interactions = audit = 0
    if "interactions" in tables:
        interactions = conn.execute("SELECT coalesce(max(id), 0) FROM interactions").fetchone()[0]
    if "audit_log" in tables:
        audit = conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    return Facts(
        identity=identity,
        file_name=file_name,
        created_at=created,
        tag=conn.execute("PRAGMA user_version").fetchone()[0],
        history=History(int(interactions), int(audit)),
        ours=ours,
        tables=len(tables),
    )


def read_facts(path: Path) -> Facts:
    """Identity and history of the database at ``path``, read-only.

    Raises :class:`DatabaseDamagedError` for a damaged file and a :class:`StorageError`
    that says what is wrong for anything else (full disk, no permission, a folder…).
    """
    try:
        conn = _connect_ro(path)
        try:
            return _facts(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise classify(exc, path) from exc
    except UnicodeDecodeError as exc:  # SQLite's error text itself held damaged bytes
        raise DatabaseDamagedError("db.damaged", detail="malformed text") from exc


def database_problem(path: Path) -> str | None:
    """None when ``path`` is a sound SQLite database, else what is damaged, in a few words.

    Only damage is an answer: a full disk, a read-only drive, a missing permission or a
    lock raise their own :class:`StorageError` instead, because they are not damage and
    restoring a backup would not help.
    """
    try:
        conn = _connect_ro(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        error = classify(exc, path)
        if isinstance(error, DatabaseDamagedError):
            return str(exc)
        raise error from exc
    except UnicodeDecodeError:
        return "database disk image is malformed"
    result = "; ".join(str(r[0]) for r in rows[:3])
    return None if result == "ok" else result


def check_sound(path: Path) -> None:
    """Raise :class:`DatabaseDamagedError` unless the file at ``path`` is sound."""
    problem = database_problem(path)
    if problem is not None:
        raise DatabaseDamagedError("db.damaged", detail=problem)


# --- backups -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime
    tag: str | None  # None: made by a version before identities
    suspect: bool


def backup_name(identity: str, taken: datetime, suspect: bool = False) -> str:
    stamp = taken.strftime("%Y%m%d-%H%M%S")
    return f"{BACKUP_PREFIX}{identity[:8]}-{stamp}{'.suspect' if suspect else ''}.db"


def parse_backup(path: Path) -> BackupFile | None:
    match = _BACKUP_NAME.match(path.name)
    if match is None:
        return None
    try:
        taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupFile(path, taken, match["tag"], bool(match["suspect"]))


def backups_in(folder: Path) -> list[BackupFile]:
    """Every backup file in ``folder`` (of any database), newest first."""
    found = []
    with contextlib.suppress(OSError):
        for path in folder.glob(f"{BACKUP_PREFIX}*.db"):
            parsed = parse_backup(path)
            if parsed is not None and path.is_file():
                found.append(parsed)
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def _copy_through_sqlite(source: Path, target_path: Path, journal_mode: str) -> None:
    """A consistent copy with SQLite's backup API, left in ``journal_mode``."""
    src = _connect_ro(source)
    try:
        target = sqlite3.connect(target_path)
        try:
            src.backup(target)
            target.execute(f"PRAGMA journal_mode = {journal_mode}")
        finally:
            target.close()
    finally:
        src.close()


def copy_database(
    source: Path, dest: Path, *, protected: tuple[Path, ...] = (), may_replace: Any = None
) -> None:
    """A consistent, checked copy of ``source`` at ``dest`` (SQLite's backup API).

    The copy is written through the one safe writer (exclusive temporary file, owner-only,
    renamed into place), in rollback-journal mode: a backup is a finished file, not a live
    database, and needs no ``-wal`` beside it.
    """

    def verify(tmp: Path) -> None:
        problem = database_problem(tmp)
        if problem is not None:
            raise StorageError("backup.failed", detail=problem)

    try:
        with replacing(dest, check=verify, protected=protected, may_replace=may_replace) as tmp:
            _copy_through_sqlite(source, tmp, "DELETE")
    except sqlite3.Error as exc:
        error = classify(exc, dest)
        raise StorageError("backup.failed", detail=error.user_message("en")) from exc
    except FileWriteError:
        raise
    except OSError as exc:
        raise FileWriteError.from_os_error(dest, exc) from exc


# --- the custody record and the erasure ledger, beside the database ----------------------


def record_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".custody")


def legacy_folder_note(db_path: Path) -> Path:
    """Where versions before the custody record noted a chosen backup folder."""
    return db_path.with_name(db_path.name + ".backup-folder")


def read_record(db_path: Path) -> dict[str, Any]:
    try:
        data = json.loads(record_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    if "backup_folder" not in data:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            chosen = legacy_folder_note(db_path).read_text(encoding="utf-8").strip()
            if chosen:
                data["backup_folder"] = chosen
    return data


def write_record(db_path: Path, **values: Any) -> None:
    """Update the custody record (written safely; a failure is not fatal, only logged)."""
    data = read_record(db_path)
    data.update(values)
    write_text(record_path(db_path), json.dumps(data, ensure_ascii=False, indent=1))


def ledger_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".erasures")


def append_erasures(db_path: Path, entries: list[tuple[int, str, str]]) -> None:
    """Add (follow-up id, code, erased at) lines to the ledger outside the database."""
    if not entries:
        return
    path = ledger_path(db_path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o600)
    try:
        lines = "".join(
            json.dumps({"id": fid, "code": code, "at": at}) + "\n" for fid, code, at in entries
        )
        os.write(fd, lines.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def read_erasures(db_path: Path) -> list[tuple[int, str, str]]:
    """The ledger outside the database (a damaged last line, from a kill, is skipped)."""
    entries = []
    with contextlib.suppress(OSError):
        for line in ledger_path(db_path).read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                item = json.loads(line)
                entries.append((int(item["id"]), str(item["code"]), str(item["at"])))
            except (ValueError, KeyError, TypeError):
                continue
    return entries


def read_erasures_inside(path: Path) -> list[tuple[int, str, str]]:
    """The ledger inside a database file (empty when it cannot be read)."""
    try:
        conn = _connect_ro(path)
        try:
            rows = conn.execute(
                "SELECT followup_id, code, erased_at FROM erasure_ledger"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []
    return [(int(a), str(b), str(c)) for a, b, c in rows]


# --- exclusive access and the swap -------------------------------------------------------


@contextlib.contextmanager
def exclusive(db_path: Path, sound: bool = True) -> Iterator[sqlite3.Connection | None]:
    """Hold the database so that no other process can read or write it during a swap.

    A sound database is locked through SQLite: in exclusive locking mode SQLite takes the
    file's exclusive lock, which it cannot get while any other connection (another desk,
    the application, a scheduled export) has the database open — refused with
    "db.in_use" — and the write-ahead log is emptied into the file first.

    A damaged database, or one mixed with another's log, must not be touched by SQLite:
    opening it would write the log into it. Then only the log's shared-memory lock is
    tested (held by every connection that has the database open) and ``None`` is yielded.
    """
    if not db_path.exists():
        yield None
        return
    if not sound:
        if _shared_memory_in_use(db_path):
            raise StorageError("db.in_use", path=db_path)
        yield None
        return
    conn = sqlite3.connect(db_path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
    try:
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("COMMIT")
            # Everything in the write-ahead log goes into the file, and the log is emptied.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error as exc:
            if exc.sqlite_errorname.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                raise StorageError("db.in_use", path=db_path) from exc
            raise classify(exc, db_path) from exc
        if os.name == "nt":  # pragma: no cover - Windows renames no open file
            conn.close()
        yield conn
    finally:
        conn.close()


# SQLite's unix VFS: every connection holds a read lock on this byte of the -shm file.
_SHM_DMS_BYTE = 128


def _shared_memory_in_use(db_path: Path) -> bool:
    shm = db_path.with_name(db_path.name + "-shm")
    if os.name == "nt" or not shm.exists():  # pragma: no cover - Windows: not tested
        return False
    import fcntl

    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE, os.SEEK_SET)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE, os.SEEK_SET)
        return False
    finally:
        os.close(fd)


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".restore-journal")


def _aside(db_path: Path, why: str, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.{why}-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = db_path.with_name(f"{db_path.name}.{why}-{stamp}-{n}")
    return aside


def _sides(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm")]


def stage_copy(db_path: Path, backup: Path) -> Path:
    """Copy ``backup`` beside the database as a complete, checked, live (WAL) database."""
    staged = db_path.with_name(f".{db_path.name}.{os.getpid()}-{secrets.token_hex(4)}.restoring")
    try:
        _copy_through_sqlite(backup, staged, "WAL")
        problem = database_problem(staged)
        if problem is not None:
            raise StorageError("backup.bad_file", path=backup, detail=problem)
        fd = os.open(staged, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(staged, 0o600)
    except BaseException as exc:
        for path in (staged, *_sides(staged)):
            with contextlib.suppress(OSError):
                path.unlink()
        if isinstance(exc, sqlite3.Error):
            raise classify(exc, db_path) from exc
        if isinstance(exc, OSError):
            raise FileWriteError.from_os_error(db_path, exc) from exc
        raise
    return staged


def swap_in(
    db_path: Path,
    backup: Path,
    now: datetime,
    why: str = "before-restore",
    step: Step = _no_step,
    sound: bool = True,
) -> Path | None:
    """Put a copy of ``backup`` at ``db_path``; the file that was there is kept aside.

    Returns where the old database was kept (None if there was none). The journal beside
    the database says what is under way; :func:`recover_swap` finishes or undoes it after
    a kill. At every moment the path holds either the old database (its write-ahead log
    emptied into it first when ``sound``; otherwise moved aside with it, untouched) or the
    restored one.
    """
    staged = stage_copy(db_path, backup)
    step("staged")
    aside = _aside(db_path, why, now) if db_path.exists() else None
    try:
        with exclusive(db_path, sound) as held:
            step("locked")
            write_text(
                journal_path(db_path),
                json.dumps(
                    {
                        "staged": staged.name,
                        "aside": aside.name if aside else None,
                        "backup": str(backup),
                        "started": now.isoformat(),
                        "checkpointed": held is not None,
                    }
                ),
            )
            step("journal")
            if aside is not None:
                try:
                    os.link(db_path, aside)
                except OSError:  # no hard links here (FAT, some shares): a full copy
                    shutil.copy2(db_path, aside)
                step("kept")
                for side, side_aside in zip(_sides(db_path), _sides(aside), strict=True):
                    if side.exists():
                        os.replace(side, side_aside)
                step("sides")
            os.replace(staged, db_path)
            step("swapped")
            fsync_folder(db_path.parent)
    except BaseException:
        if staged.exists():  # the swap did not happen: undo what was done, as after a kill
            if pending_swap(db_path) is not None:
                recover_swap(db_path)
            for path in (staged, *_sides(staged)):
                with contextlib.suppress(OSError):
                    path.unlink()
        raise
    return aside


@dataclass(frozen=True)
class Recovered:
    """What :func:`recover_swap` found: a restore rolled back, or one to finish."""

    finished: bool  # True: the backup is in place and the restore's last steps remain
    backup: str
    aside: Path | None


def pending_swap(db_path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(journal_path(db_path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, UnicodeDecodeError):
        data = {}
    return data if isinstance(data, dict) else {}


def recover_swap(db_path: Path) -> Recovered | None:
    """Finish or roll back a restore that was interrupted (None: nothing was under way).

    Rolled back when the staged copy is still there (the swap did not happen): the old
    database's files are put back as they were. Otherwise the backup is in place and the
    caller completes the restore (erasures, retention) and calls :func:`end_swap`.
    """
    data = pending_swap(db_path)
    if data is None:
        return None
    staged = db_path.with_name(str(data.get("staged") or "-"))
    aside = db_path.with_name(data["aside"]) if data.get("aside") else None
    backup = str(data.get("backup") or "")
    if staged.exists() or not db_path.exists():
        if aside is not None:
            for side, side_aside in zip(_sides(db_path), _sides(aside), strict=True):
                if side_aside.exists() and not side.exists():
                    os.replace(side_aside, side)
            if aside.exists():
                if not db_path.exists():
                    os.replace(aside, db_path)
                elif os.path.samefile(aside, db_path) or _same_bytes(aside, db_path):
                    aside.unlink()
        for path in (staged, *_sides(staged)):
            with contextlib.suppress(OSError):
                path.unlink()
        journal_path(db_path).unlink(missing_ok=True)
        return Recovered(False, backup, None)
    return Recovered(True, backup, aside if aside is not None and aside.exists() else None)


def end_swap(db_path: Path) -> None:
    journal_path(db_path).unlink(missing_ok=True)


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        with a.open("rb") as fa, b.open("rb") as fb:
            while True:
                chunk = fa.read(1 << 20)
                if chunk != fb.read(1 << 20):
                    return False
                if not chunk:
                    return True
    except OSError:
        return False


def sweep_staged(db_path: Path) -> None:
    """Remove staged copies left by a restore killed before it wrote its journal."""
    if pending_swap(db_path) is not None:
        return
    with contextlib.suppress(OSError):
        for path in db_path.parent.glob(f".{db_path.name}.*.restoring*"):
            owner = path.name.removeprefix(f".{db_path.name}.").split("-", 1)[0]
            if not (owner.isdigit() and process_alive(int(owner))):
                path.unlink(missing_ok=True)


def set_aside(db_path: Path, now: datetime, why: str = "damaged") -> Path:
    """Move a database and its ``-wal``/``-shm`` aside together (never overwriting)."""
    aside = _aside(db_path, why, now)
    for side, side_aside in zip(_sides(db_path), _sides(aside), strict=True):
        if side.exists():
            os.replace(side, side_aside)
    os.replace(db_path, aside)
    return aside


# --- moving a database to another folder -------------------------------------------------


def in_use(db_path: Path) -> bool:
    """Whether a program has the database open, or left it without closing it (its
    write-ahead log or shared-memory file is there): it must not be moved then."""
    return any(db_path.with_name(db_path.name + side).exists() for side in ("-wal", "-shm"))


def move_database(old: Path, new: Path, log_name: str) -> None:
    """Move a closed database, with everything that belongs to it (its custody record,
    its erasure ledger, its default backups folder, its logs), from ``old`` to ``new``.

    The database goes last, copied and synced under a temporary name, then renamed: a
    kill at any moment leaves it whole at one of the two places, with its ledger never
    behind it. What the new folder has already is left where it was."""
    new.parent.mkdir(parents=True, exist_ok=True)
    companions = [record_path(old), ledger_path(old), old.parent / "backups"]
    companions += sorted(old.parent.glob(f"{log_name}*"))
    for item in companions:
        name = item.name
        if name.startswith(old.name):  # <db>.custody, <db>.erasures follow the new name
            name = new.name + name[len(old.name) :]
        target = new.parent / name
        if item.exists() and not target.exists():
            shutil.move(str(item), str(target))
    with replacing(new) as part:
        shutil.copyfile(old, part)
    old.unlink()
    fsync_folder(old.parent)
