"""Backups with SQLite's backup API, checked before they count; restore, also checked."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desk_assistant.domain.clock import Clock
from desk_assistant.errors import DatabaseDamagedError, StorageError
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditLog

BACKUP_DIR_KEY = "backup_dir"
LAST_BACKUP_KEY = "last_backup_at"
log = logging.getLogger(__name__)
PREFIX = "desk-assistant-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
# Below this size the integrity check runs before the window opens; above it, in the
# background, so a large history does not slow the start (see ui.application).
QUICK_CHECK_LIMIT = 64 * 1024 * 1024


def integrity_problem(path: Path) -> str | None:
    """None when ``path`` is a sound SQLite database, else what is wrong, in a few words."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    # A damaged page can put arbitrary bytes in the check's own messages.
    conn.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    except UnicodeDecodeError:  # SQLite's error text itself held damaged bytes
        return "database disk image is malformed"
    finally:
        conn.close()
    result = "; ".join(str(r[0]) for r in rows[:3])
    return None if result == "ok" else result


def is_desk_database(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'desk_assistant'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(row and row[0])


def needs_check_marker(path: Path) -> Path:
    """Left beside a database whose background check failed: check it before opening."""
    return path.with_name(path.name + ".needs-check")


def must_check_at_start(path: Path) -> bool:
    if not path.exists():
        return False
    return path.stat().st_size <= QUICK_CHECK_LIMIT or needs_check_marker(path).exists()


def check_database(path: Path) -> None:
    """Raise :class:`DatabaseDamagedError` if the file at ``path`` is damaged."""
    if not path.exists():
        return
    problem = integrity_problem(path)
    if problem is not None:
        raise DatabaseDamagedError("db.damaged", detail=problem)
    needs_check_marker(path).unlink(missing_ok=True)


def copy_database(source: Path, dest: Path) -> None:
    """A consistent copy through the backup API, written beside ``dest``, checked, renamed."""
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(tmp)
            try:
                src.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            src.close()
        problem = integrity_problem(tmp)
        if problem is not None:
            raise StorageError("backup.failed", detail=problem)
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        raise StorageError("backup.failed", detail=str(exc)) from exc
    except OSError as exc:
        raise StorageError("backup.failed", detail=exc.strerror or str(exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime


class BackupService:
    def __init__(self, db_path: Path, state: AppState, audit: AuditLog, clock: Clock) -> None:
        self.db_path = db_path
        self.state = state
        self.audit = audit
        self.clock = clock

    @property
    def folder(self) -> Path:
        chosen = self.state.get(BACKUP_DIR_KEY)
        return Path(chosen) if chosen else self.db_path.parent / "backups"

    def set_folder(self, folder: Path, who: str, role: str) -> None:
        self.state.set(BACKUP_DIR_KEY, str(folder))
        self.audit.record(self.clock(), who, role, "settings_change", {"backup_dir": str(folder)})
        self._note_folder()

    def _note_folder(self) -> None:
        """A damaged database cannot say where its backups are: a note beside it can."""
        chosen = self.state.get(BACKUP_DIR_KEY)
        if not chosen:
            return
        note = folder_note(self.db_path)
        try:
            if not note.exists() or note.read_text(encoding="utf-8").strip() != chosen:
                note.write_text(chosen, encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            log.warning("Could not write the backup folder note beside the database")

    def backups(self) -> list[Backup]:
        """Backups in the folder, newest first."""
        found = []
        if self.folder.is_dir():
            for path in self.folder.glob(f"{PREFIX}*.db"):
                stamp = path.stem.removeprefix(PREFIX)
                try:
                    taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S")
                except ValueError:
                    continue
                found.append(Backup(path, taken))
        return sorted(found, key=lambda b: b.taken, reverse=True)

    def backup(self, who: str, role: str, output: Path | None = None, reason: str = "") -> Path:
        """Back up now. A damaged database is refused loudly; older backups stay."""
        problem = integrity_problem(self.db_path)
        if problem is not None:
            raise StorageError("backup.source_damaged", detail=problem)
        now = self.clock()
        if output is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            output = self.folder / f"{PREFIX}{now.strftime('%Y%m%d-%H%M%S')}.db"
        copy_database(self.db_path, output)
        self.state.set(LAST_BACKUP_KEY, now.isoformat())
        self.audit.record(now, who, role, "backup", {"file": output.name, "reason": reason})
        if output.parent == self.folder:
            self.rotate()
            self._note_folder()
        return output

    def due(self) -> bool:
        """Is a daily backup due?"""
        last = self.state.get(LAST_BACKUP_KEY)
        if not last:
            return True
        return (self.clock() - datetime.fromisoformat(last)).total_seconds() > 24 * 3600

    def rotate(self) -> list[Path]:
        """Keep the newest backup of each of the last 7 days and of the last 4 weeks."""
        keep: set[Path] = set()
        days: set[object] = set()
        weeks: set[object] = set()
        for backup in self.backups():
            day = backup.taken.date()
            week = day.isocalendar()[:2]
            if day not in days and len(days) < KEEP_DAILY:
                days.add(day)
                keep.add(backup.path)
            if week not in weeks and len(weeks) < KEEP_WEEKLY:
                weeks.add(week)
                keep.add(backup.path)
        removed = []
        for backup in self.backups():
            if backup.path not in keep:
                backup.path.unlink(missing_ok=True)
                removed.append(backup.path)
        return removed

    def newest_good(self) -> Path | None:
        return newest_good_backup(self.folder)


def folder_note(db_path: Path) -> Path:
    """The small text file beside the database naming a backup folder chosen elsewhere."""
    return db_path.with_name(db_path.name + ".backup-folder")


def backup_folders(db_path: Path) -> list[Path]:
    """Where a database's backups may be, read without opening it: the chosen folder (from
    the note beside it) and the default ``backups`` folder."""
    folders = []
    try:
        chosen = folder_note(db_path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        chosen = ""
    if chosen:
        folders.append(Path(chosen))
    default = db_path.parent / "backups"
    if default not in folders:
        folders.append(default)
    return folders


def newest_good_backup(*folders: Path) -> Path | None:
    """The newest backup in ``folders`` that passes the check and holds our tables."""
    candidates = sorted(
        (path for folder in folders if folder.is_dir() for path in folder.glob(f"{PREFIX}*.db")),
        key=lambda path: path.name,
        reverse=True,
    )
    for path in candidates:
        if integrity_problem(path) is None and is_desk_database(path):
            return path
    return None


def restore(db_path: Path, backup: Path, now: datetime) -> Path | None:
    """Put ``backup`` in place of the database; the current file is kept aside (returned)."""
    problem = integrity_problem(backup) if backup.exists() else "not found"
    if problem is None and not is_desk_database(backup):
        problem = "no Desk Assistant tables"
    if problem is not None:
        raise StorageError("backup.bad_file", path=str(backup), detail=problem)
    aside: Path | None = None
    stamp = now.strftime("%Y%m%d-%H%M%S")
    try:
        if db_path.exists():
            aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
            shutil.move(db_path, aside)
            for suffix in ("-wal", "-shm"):
                extra = db_path.with_name(db_path.name + suffix)
                if extra.exists():
                    shutil.move(extra, aside.with_name(aside.name + suffix))
        copy_database(backup, db_path)
    except (OSError, StorageError) as exc:
        if aside is not None and not db_path.exists():
            shutil.move(aside, db_path)  # put the current file back: nothing lost
        if isinstance(exc, StorageError):
            raise
        raise StorageError("backup.failed", detail=exc.strerror or str(exc)) from exc
    return aside


def set_damaged_aside(db_path: Path, now: datetime) -> Path:
    """Move a damaged database (and its journal) aside, never overwriting it."""
    aside = db_path.with_name(f"{db_path.name}.damaged-{now.strftime('%Y%m%d-%H%M%S')}")
    shutil.move(db_path, aside)
    needs_check_marker(db_path).unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            shutil.move(extra, aside.with_name(aside.name + suffix))
    return aside
