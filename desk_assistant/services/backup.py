"""Custody of the data: backups, the check before any use, restore and recovery.

The rules (the file mechanics are in ``storage.custody``):

- a backup belongs to one database: its name and content carry the database's id, and
  rotation, recovery and restore consider only backups of the same database;
- a backup never makes things worse: a database whose history shrank since its last
  good backup is suspect; its backup is kept, marked, and rotates nothing out;
- only damage offers a restore; a full disk, a read-only drive, a folder, a lock or a
  missing permission is said plainly and everything stays as it is;
- a database is never silently made anew where one was: a missing or emptied database
  whose record or backups exist is refused, with the newest good backup offered;
- a restore is exclusive and atomic, finished or undone after a kill, and applies again
  the erasures made after the backup was taken (and the retention period).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.roles import Role
from desk_assistant.errors import (
    BackupOfAnotherDatabase,
    DatabaseDamagedError,
    DatabaseMissingError,
    DatabaseSuspectError,
    DeskAssistantError,
    StorageError,
    os_reason,
)
from desk_assistant.files import sweep_parts, sweep_work_folders
from desk_assistant.i18n import Message
from desk_assistant.services.auth import AuthService, RoleRequired
from desk_assistant.storage import custody
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.custody import BackupFile, Facts, History

BACKUP_DIR_KEY = "backup_dir"
LAST_BACKUP_KEY = "last_backup_at"
log = logging.getLogger(__name__)
KEEP_DAILY = 7
KEEP_WEEKLY = 4
# Below this size the integrity check runs before the window opens; above it, in the
# background, so a large history does not slow the start (see ui.application).
QUICK_CHECK_LIMIT = 64 * 1024 * 1024

Step = Callable[[str], None]


def _no_step(_name: str) -> None:
    return None


# --- where a database's backups are, and which are its own -------------------------------


def needs_check_marker(path: Path) -> Path:
    """Left beside a database whose background check failed: check it before opening."""
    return path.with_name(path.name + ".needs-check")


def must_check_at_start(path: Path) -> bool:
    if not path.exists():
        return False
    return path.stat().st_size <= QUICK_CHECK_LIMIT or needs_check_marker(path).exists()


def damage_of(path: Path) -> str | None:
    """None when the database at ``path`` is sound, else what is damaged (for a check in
    the background; a full or read-only drive raises its own StorageError)."""
    return custody.database_problem(path)


def backup_folders(db_path: Path) -> list[Path]:
    """Where a database's backups may be, read without opening it: the chosen folder (from
    the custody record beside it) and the default ``backups`` folder."""
    folders = []
    chosen = str(custody.read_record(db_path).get("backup_folder") or "")
    if chosen:
        folders.append(Path(chosen))
    default = db_path.parent / "backups"
    if default not in folders:
        folders.append(default)
    return folders


@dataclass(frozen=True)
class Owner:
    """Who a database is, as far as can be known without trusting its file."""

    identity: str | None  # the full id (from the database or its record)
    tag: int | None  # the header's short form (from a damaged file's header)

    def owns(self, facts: Facts) -> bool:
        if facts.identity is None:
            return False
        if self.identity is not None:
            return facts.identity == self.identity
        return self.tag is not None and custody.tag_of(facts.identity) == self.tag

    def may_own(self, backup: BackupFile) -> bool:
        if backup.tag is None:
            return False
        if self.identity is not None:
            return backup.tag == self.identity[:8]
        return self.tag is not None and custody.tag_of(backup.tag) == self.tag

    @property
    def known(self) -> bool:
        return self.identity is not None or self.tag is not None


def owner_of(db_path: Path) -> Owner:
    """The database's id: from the file if it can be read, else its record, else the
    header of a damaged file."""
    with_record = custody.read_record(db_path).get("database_id")
    try:
        facts = custody.read_facts(db_path) if db_path.is_file() else None
    except StorageError:
        facts = None
    if facts is not None and facts.identity is not None:
        return Owner(facts.identity, None)
    if isinstance(with_record, str) and with_record:
        return Owner(with_record, None)
    header = custody.read_header(db_path)
    if header is not None and header.tag:
        return Owner(None, header.tag)
    return Owner(None, None)


def _facts_if_good(path: Path) -> Facts | None:
    try:
        if custody.database_problem(path) is not None:
            return None
        return custody.read_facts(path)
    except StorageError:
        return None


def own_backups(db_path: Path, owner: Owner | None = None) -> list[BackupFile]:
    """Backups named as this database's, in its backup folders, newest first."""
    owner = owner or owner_of(db_path)
    if not owner.known:
        return []
    found: dict[Path, BackupFile] = {}
    for folder in backup_folders(db_path):
        for backup in custody.backups_in(folder):
            if owner.may_own(backup):
                found.setdefault(backup.path.resolve(), backup)
    return sorted(found.values(), key=lambda b: (b.taken, b.path.name), reverse=True)


def newest_good_backup(db_path: Path, owner: Owner | None = None) -> Path | None:
    """The newest backup of this database that passes the check (suspect ones skipped)."""
    owner = owner or owner_of(db_path)
    for backup in own_backups(db_path, owner):
        if backup.suspect:
            continue
        facts = _facts_if_good(backup.path)
        if facts is not None and owner.owns(facts):
            return backup.path
    return None


# --- before any use: the same check for the window and every command --------------------


def preflight(db_path: Path, clock: Clock, full_check: bool | None = None) -> list[Message]:
    """Check the database before it is opened; return notices for the user.

    Finishes or undoes an interrupted restore, sweeps temporary files of killed
    processes, and refuses: a folder; a missing or emptied database that had a record
    or backups (DatabaseMissingError); damage (DatabaseDamagedError); a file that is not
    ours; a database replaced or mixed with another (DatabaseSuspectError). A full disk,
    a read-only drive and missing permissions raise their own StorageError. A path where
    nothing ever was passes (a new database will be made).
    """
    notices: list[Message] = []
    found = custody.recover_swap(db_path)
    if found is not None:
        if found.finished:
            _finish_restore(db_path, clock, found.aside, "system", "system", found.backup)
            custody.end_swap(db_path)
            notices.append(Message("restore.finished_after_stop", {"backup": found.backup}))
        else:
            notices.append(Message("restore.undone_after_stop", {"backup": found.backup}))
    custody.sweep_staged(db_path)
    sweep_parts(db_path.parent)
    sweep_work_folders()
    if db_path.is_dir():
        raise StorageError("db.is_folder", path=str(db_path))
    if not db_path.exists() or db_path.stat().st_size == 0:
        _refuse_if_something_was_here(db_path)
        return notices
    header = custody.read_header(db_path)
    if header is None:
        raise DatabaseDamagedError("db.damaged", detail="not a SQLite database")
    check = must_check_at_start(db_path) if full_check is None else full_check
    if check:
        custody.check_sound(db_path)
        needs_check_marker(db_path).unlink(missing_ok=True)
    facts = custody.read_facts(db_path)
    _refuse_a_stray_log(db_path, header, facts)
    if not facts.ours:
        if facts.tables == 0:  # an empty SQLite file: as good as no file
            _refuse_if_something_was_here(db_path)
            return notices
        raise StorageError("db.not_database", path=str(db_path))
    _refuse_if_replaced(db_path, header, facts)
    return notices


def _refuse_if_something_was_here(db_path: Path) -> None:
    record = custody.read_record(db_path)
    if record.get("fresh_start"):
        return  # the user chose to start anew here (forget_database)
    recorded = record.get("database_id")
    owner = Owner(recorded if isinstance(recorded, str) and recorded else None, None)
    backups: list[BackupFile] = own_backups(db_path, owner) if owner.known else []
    if not owner.known:
        # No record: backups in the default folder that were made of a file of this name.
        for backup in custody.backups_in(db_path.parent / "backups"):
            facts = _facts_if_good(backup.path)
            if facts is not None and facts.identity and facts.file_name == db_path.name:
                owner = Owner(facts.identity, None)
                backups = own_backups(db_path, owner)
                break
    if not owner.known or not (backups or recorded):
        return
    key = "db.emptied" if db_path.exists() else "db.missing"
    raise DatabaseMissingError(key, backup=newest_good_backup(db_path, owner), path=str(db_path))


def _refuse_a_stray_log(db_path: Path, header: custody.Header, facts: Facts) -> None:
    """The file's own header (read as bytes) names this database; if what SQLite sees
    through the write-ahead log names another, the log belongs to another database."""
    if header.ours and header.tag and (facts.tag != header.tag or not facts.ours):
        backup = newest_good_backup(db_path, Owner(None, header.tag))
        raise DatabaseSuspectError("db.stray_log", backup=backup, path=str(db_path))


def _refuse_if_replaced(db_path: Path, header: custody.Header, facts: Facts) -> None:
    _refuse_a_stray_log(db_path, header, facts)
    if facts.identity is None:
        return  # made by an older version: it gets its identity when opened
    record = custody.read_record(db_path)
    recorded = record.get("database_id")
    if isinstance(recorded, str) and recorded and recorded != facts.identity:
        backup = newest_good_backup(db_path, Owner(recorded, None))
        raise DatabaseSuspectError(
            "db.other_identity",
            backup=backup,
            path=str(db_path),
            created=facts.created_at[:10],
            name=facts.file_name,
        )
    before = _recorded_history(record)
    if before is not None and facts.history.shrank_from(before):
        backup = newest_good_backup(db_path, Owner(facts.identity, None))
        raise DatabaseSuspectError(
            "db.shrank",
            backup=backup,
            path=str(db_path),
            before=before.interactions,
            now=facts.history.interactions,
        )


def _recorded_history(record: dict[str, object]) -> History | None:
    try:
        return History(int(record["interactions"]), int(record["audit"]))  # type: ignore[call-overload]
    except (KeyError, TypeError, ValueError):
        return None


def note_custody(db_path: Path) -> None:
    """Record, beside the database, its id and the history it has now (after a check
    passed, a restore, or when the user keeps a database as it is)."""
    try:
        facts = custody.read_facts(db_path)
        custody.write_record(
            db_path,
            database_id=facts.identity,
            interactions=facts.history.interactions,
            audit=facts.history.audit,
            fresh_start=False,
        )
    except (DeskAssistantError, OSError) as exc:
        log.warning("Could not write the custody record: %s", exc)


def forget_database(db_path: Path) -> None:
    """The user chose to start a new, empty database where one was (its backups stay)."""
    custody.write_record(db_path, database_id=None, interactions=None, audit=None, fresh_start=True)


# --- restore -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    aside: Path | None  # where the database that was at the path is kept
    reapplied: int  # erasures made after the backup, applied again
    purged: int  # contacts past their retention, erased


def restore_backup(
    db_path: Path,
    backup: Path,
    clock: Clock,
    who: str,
    role: str,
    other_database: bool = False,
    why: str = "before-restore",
    step: Step = _no_step,
) -> Restored:
    """Put ``backup`` in place of the database at ``db_path``, exclusively and atomically.

    Refused: a file that is not a good Desk Assistant backup; a backup of another database
    (unless ``other_database``); while another process has the database open.
    """
    if not backup.is_file():
        raise StorageError("backup.bad_file", path=str(backup), detail="not found")
    problem = custody.database_problem(backup)
    facts = custody.read_facts(backup) if problem is None else None
    if facts is None or not facts.ours:
        raise StorageError(
            "backup.bad_file", path=str(backup), detail=problem or "no Desk Assistant tables"
        )
    owner = owner_of(db_path)
    if not other_database:
        if facts.identity is None:
            raise BackupOfAnotherDatabase("backup.unknown_owner", path=str(backup))
        if owner.known and not owner.owns(facts):
            raise BackupOfAnotherDatabase(
                "backup.other_database",
                path=str(backup),
                name=facts.file_name,
                created=facts.created_at[:10],
            )
    try:
        aside = custody.swap_in(db_path, backup, clock(), why, step, sound=_sound(db_path))
    except OSError as exc:  # the swap was undone: the database is as it was
        raise StorageError("restore.failed", reason=os_reason(exc)) from exc
    step("post")
    reapplied, purged = _finish_restore(db_path, clock, aside, who, role, str(backup))
    custody.end_swap(db_path)
    return Restored(aside, reapplied, purged)


def _sound(db_path: Path) -> bool:
    """May SQLite open this database to empty its log into it (not damaged, not mixed)?"""
    header = custody.read_header(db_path)
    if header is None:
        return False
    try:
        if custody.database_problem(db_path) is not None:
            return False
        facts = custody.read_facts(db_path)
        _refuse_if_replaced(db_path, header, facts)
    except StorageError:
        return False
    return True


def _finish_restore(
    db_path: Path, clock: Clock, aside: Path | None, who: str, role: str, backup: str
) -> tuple[int, int]:
    """The restore's last steps, run again after a kill: apply again the erasures made
    after the backup (from the ledger beside the database and the one inside the file
    that was replaced), then the retention period; record it in the audit log."""
    from desk_assistant.services.privacy import PrivacyService
    from desk_assistant.storage.database import open_database
    from desk_assistant.storage.followups import FollowUpRepository

    entries = set(custody.read_erasures(db_path))
    if aside is not None and aside.exists():
        entries.update(custody.read_erasures_inside(aside))
    db = open_database(db_path)
    try:
        audit = AuditLog(db)
        auth = AuthService(AppState(db), audit, clock)
        auth.act_unattended(who)  # the restore was allowed already; this finishes it
        privacy = PrivacyService(
            db,
            FollowUpRepository(db),
            AppState(db),
            audit,
            clock,
            ledger=None,  # already in the ledger beside the database
            auth=auth,
        )
        reapplied = privacy.reapply_erasures(sorted(entries), who)
        purged = privacy.purge_expired(who, role)
        audit.record(
            clock(),
            who,
            role,
            "restore",
            {
                "backup": Path(backup).name,
                "kept_aside": aside.name if aside else None,
                "erasures_applied_again": reapplied,
                "retention_cleared": purged,
            },
        )
    finally:
        db.close()
    note_custody(db_path)
    return reapplied, purged


# --- backups of an open database ---------------------------------------------------------


@dataclass(frozen=True)
class BackupResult:
    path: Path
    suspect: bool  # the history shrank since the last good backup: kept, rotated nothing
    before: History | None = None
    now: History | None = None


class BackupService:
    def __init__(
        self,
        db_path: Path,
        state: AppState,
        audit: AuditLog,
        clock: Clock,
        auth: AuthService | None = None,
    ) -> None:
        """``auth``: a backup into the backup folder may run as anyone (at shift end, daily,
        from a scheduled task); one written elsewhere, and the folder, need the supervisor."""
        self.auth = auth
        self.db_path = db_path
        self.state = state
        self.audit = audit
        self.clock = clock

    @property
    def folder(self) -> Path:
        chosen = self.state.get(BACKUP_DIR_KEY)
        return Path(chosen) if chosen else self.db_path.parent / "backups"

    def note_kept_as_is(self, who: str) -> None:
        """Record that the user chose to open a suspect database as it is."""
        self.audit.record(self.clock(), who, "system", "database_kept_as_is", {})

    def _require_supervisor(self) -> None:
        if self.auth is None:
            raise RoleRequired(Role.SUPERVISOR)
        self.auth.require(Role.SUPERVISOR)

    def set_folder(self, folder: Path, who: str, role: str) -> None:
        self._require_supervisor()
        self.state.set(BACKUP_DIR_KEY, str(folder))
        self.audit.record(self.clock(), who, role, "settings_change", {"backup_dir": str(folder)})
        self._note_folder()

    def _note_folder(self) -> None:
        """A damaged database cannot say where its backups are: its record can."""
        chosen = self.state.get(BACKUP_DIR_KEY)
        if chosen and custody.read_record(self.db_path).get("backup_folder") != chosen:
            try:
                custody.write_record(self.db_path, backup_folder=chosen)
            except (DeskAssistantError, OSError):
                log.warning("Could not note the backup folder beside the database")

    def _owner(self) -> Owner:
        return Owner(custody.read_facts(self.db_path).identity, None)

    def backups(self) -> list[BackupFile]:
        """This database's backups in its folder, newest first."""
        owner = self._owner()
        return [b for b in custody.backups_in(self.folder) if owner.may_own(b)]

    def backup(
        self, who: str, role: str, output: Path | None = None, reason: str = ""
    ) -> BackupResult:
        """Back up now. A damaged database is refused loudly; older backups stay.

        A database whose history shrank since its newest good backup (or since it was last
        seen) gets a backup marked as suspect, which rotates nothing out.
        """
        if output is not None:
            self._require_supervisor()  # a full copy, anywhere: contact details in full
        problem = custody.database_problem(self.db_path)
        if problem is not None:
            raise StorageError("backup.source_damaged", detail=problem)
        facts = custody.read_facts(self.db_path)
        identity = facts.identity or ""
        owner = Owner(identity, None)
        before = self._last_good_history(owner)
        suspect = before is not None and facts.history.shrank_from(before)
        now = self.clock()
        if output is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            output = self.folder / custody.backup_name(identity, now, suspect)

        def may_replace(target: Path) -> bool:
            header = custody.read_header(target)
            if header is None or header.wal:
                return False  # a live database is never a backup's target
            found = _facts_if_good(target)
            return found is not None and owner.owns(found)

        custody.copy_database(
            self.db_path, output, protected=(self.db_path,), may_replace=may_replace
        )
        self.state.set(LAST_BACKUP_KEY, now.isoformat())
        detail: dict[str, object] = {"file": output.name, "reason": reason}
        if suspect:
            detail["suspect"] = True
        self.audit.record(now, who, role, "backup", detail)
        if output.parent.resolve() == self.folder.resolve():
            if suspect:
                self.prune_old_suspects()
            else:
                self.rotate()
                self._note_folder()
        if not suspect:
            note_custody(self.db_path)
        return BackupResult(output, suspect, before, facts.history)

    def _last_good_history(self, owner: Owner) -> History | None:
        """The larger of: the history recorded beside the database, and the newest good
        backup's."""
        found = [_recorded_history(custody.read_record(self.db_path))]
        for backup in own_backups(self.db_path, owner):
            if backup.suspect:
                continue
            facts = _facts_if_good(backup.path)
            if facts is not None and owner.owns(facts):
                found.append(facts.history)
                break
        known = [h for h in found if h is not None]
        if not known:
            return None
        return History(max(h.interactions for h in known), max(h.audit for h in known))

    def due(self) -> bool:
        """Is a daily backup due?"""
        last = self.state.get(LAST_BACKUP_KEY)
        if not last:
            return True
        return (self.clock() - datetime.fromisoformat(last)).total_seconds() > 24 * 3600

    def rotate(self) -> list[Path]:
        """Keep the newest good backup of each of the last 7 days and of the last 4 weeks.

        Only this database's good backups are ever removed, and only when a newer good one
        of the same day or week is kept; suspect, damaged, older-format backups and other
        databases' backups are left alone.
        """
        owner = self._owner()
        good = []
        for backup in self.backups():
            if backup.suspect:
                continue
            facts = _facts_if_good(backup.path)
            if facts is not None and owner.owns(facts):
                good.append(backup)
        keep: set[Path] = set()
        days: set[object] = set()
        weeks: set[object] = set()
        for backup in good:
            day = backup.taken.date()
            week = day.isocalendar()[:2]
            if day not in days and len(days) < KEEP_DAILY:
                days.add(day)
                keep.add(backup.path)
            if week not in weeks and len(weeks) < KEEP_WEEKLY:
                weeks.add(week)
                keep.add(backup.path)
        removed = []
        for backup in good:
            if backup.path not in keep:
                backup.path.unlink(missing_ok=True)
                removed.append(backup.path)
        return removed + self.prune_old_suspects()

    def prune_old_suspects(self) -> list[Path]:
        """A suspect backup is kept while it may matter, but not past the rotation plus
        the contact retention period: contacts erased since must not outlive it.

        Backups from a version before databases had identities (named without one) cannot
        say whose they are, so the rotation never takes them; in this database's backup
        folders they go at the same age, for the same reason."""
        oldest = self.clock().replace(tzinfo=None) - timedelta(
            weeks=KEEP_WEEKLY, days=self._retention_days()
        )
        expired = [b for b in self.backups() if b.suspect and b.taken < oldest]
        for folder in backup_folders(self.db_path):
            expired += [b for b in custody.backups_in(folder) if b.tag is None and b.taken < oldest]
        removed = []
        for backup in expired:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
        return removed

    def _retention_days(self) -> int:
        from desk_assistant.services.privacy import DEFAULT_RETENTION_DAYS, RETENTION_KEY

        try:
            return max(0, int(self.state.get(RETENTION_KEY, str(DEFAULT_RETENTION_DAYS))))
        except ValueError:
            return DEFAULT_RETENTION_DAYS

    def newest_good(self) -> Path | None:
        return newest_good_backup(self.db_path, self._owner())


def settle_old_database(old: Path, target: Path, log_name: str) -> tuple[Path, Message]:
    """An earlier version's database at ``old`` and none at ``target``: move it there with
    everything that belongs to it; one still open (or not closed cleanly) is used where it
    is. Returns the database to use and what the user must be told."""
    if custody.in_use(old):
        return old, Message("paths.kept_in_place", {"path": str(old)})
    try:
        custody.move_database(old, target, log_name)
    except OSError as exc:
        log.warning("Could not move the database to %s: %s", target.parent, exc)
        return old, Message("paths.kept_in_place", {"path": str(old)})
    return target, Message("paths.moved", {"old": str(old.parent), "new": str(target.parent)})
