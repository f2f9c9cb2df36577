"""Composition root: open the database and build the services (no Qt here)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from desk_assistant.domain.clock import Clock, system_clock
from desk_assistant.errors import StorageError
from desk_assistant.i18n import Message
from desk_assistant.services.auth import AuthService
from desk_assistant.services.backup import BackupService, note_custody, preflight
from desk_assistant.services.calendar import CalendarService
from desk_assistant.services.changes import Changes
from desk_assistant.services.desk import DeskService
from desk_assistant.services.feedback import FeedbackService
from desk_assistant.services.followups import FollowUpService
from desk_assistant.services.packs import PackService
from desk_assistant.services.privacy import PrivacyService
from desk_assistant.services.settings import SettingsService
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.calendar import CalendarRepository
from desk_assistant.storage.custody import append_erasures
from desk_assistant.storage.database import open_database
from desk_assistant.storage.feedback import FeedbackRepository
from desk_assistant.storage.followups import FollowUpRepository
from desk_assistant.storage.interactions import InteractionRepository
from desk_assistant.storage.packs import PackRepository
from desk_assistant.storage.queue import FollowUpQueue

if TYPE_CHECKING:
    from desk_assistant.services.audit import AuditService
    from desk_assistant.services.demo import DemoService
    from desk_assistant.services.documents import DocumentService
    from desk_assistant.services.exports import ExportService
    from desk_assistant.services.reports import ReportService
    from desk_assistant.services.sync import SyncService


@dataclass
class Store:
    """The storage the services were built on: for the composition root, its worker
    connections and the tests. The user interface and the command line never use it."""

    db: sqlite_utils.Database
    app_state: AppState
    audit: AuditLog
    queue: FollowUpQueue
    followups: FollowUpRepository


@dataclass
class Services:
    """Everything the user interface and the command line work with: use cases only."""

    db_path: Path | None
    clock: Clock
    packs: PackService
    desk: DeskService
    followups: FollowUpService
    auth: AuthService
    privacy: PrivacyService
    settings: SettingsService
    calendar: CalendarService
    feedback: FeedbackService
    backups: BackupService | None
    changes: Changes = field(repr=False)  # what the services changed, for the window
    _store: Store = field(repr=False)

    @cached_property
    def sync(self) -> SyncService:
        """This desk and the library server (nothing runs without one)."""
        from desk_assistant.services.sync import SyncService

        store = self._store
        return SyncService(
            store.db, store.app_state, store.audit, self.clock, self.auth, lambda: self.packs.active
        )

    @cached_property
    def audit_log(self) -> AuditService:
        """Reading, checking and exporting the audit log."""
        from desk_assistant.services.audit import AuditService

        return AuditService(self._store.audit, self.clock, self.auth)

    @cached_property
    def reports(self) -> ReportService:
        from desk_assistant.services.reports import ReportService

        return ReportService(self._store.db, self.clock)

    @cached_property
    def exports(self) -> ExportService:
        """Built when first used: the desk does not need it to open."""
        return self._exports_on(self._store)

    @cached_property
    def documents(self) -> DocumentService:
        from desk_assistant.services.documents import DocumentService

        return DocumentService()

    @cached_property
    def demo(self) -> DemoService:
        from desk_assistant.services.demo import DemoService

        return DemoService(self._store.db, self.clock)

    def _exports_on(self, store: Store) -> ExportService:
        from desk_assistant.services.exports import ExportService

        return ExportService(store.db, store.queue, store.audit, self.clock, self.auth)

    @contextmanager
    def exports_in_worker(self) -> Iterator[ExportService]:
        """An export service on a connection of its own, for a worker thread (an in-memory
        database cannot be shared: it gets the window's own)."""
        if self.db_path is None:
            yield self.exports
            return
        store = _store(open_database(self.db_path))
        try:
            yield self._exports_on(store)
        finally:
            store.db.close()

    @contextmanager
    def sync_in_worker(self) -> Iterator[SyncService]:
        """A sync service on a connection of its own, for the sync worker's thread (an
        in-memory database cannot be shared: it gets the window's own)."""
        from desk_assistant.services.sync import SyncService

        if self.db_path is None:
            yield self.sync
            return
        store = _store(open_database(self.db_path))
        try:
            yield SyncService(store.db, store.app_state, store.audit, self.clock, self.auth)
        finally:
            store.db.close()

    def close(self) -> None:
        self._store.db.close()


def open_services(
    db_path: Path, clock: Clock = system_clock, full_check: bool | None = None
) -> tuple[Services, list[Message]]:
    """The one way the window and every command open a database: check it first
    (``services.backup.preflight``: damage, a missing or replaced database, an interrupted
    restore), then open it, and note its custody record. Returns notices for the user."""
    notices = preflight(db_path, clock, full_check)
    services = build_services(db_path, clock)
    note_custody(db_path)
    return services, notices


def upgrade_pending(db_path: Path) -> bool:
    """Will opening this database run this version's migrations (say so first)?"""
    from desk_assistant.storage.database import upgrade_pending as pending

    return pending(db_path)


def sqlite_problem(exc: sqlite3.Error, db_path: Path | None) -> StorageError:
    """What an SQLite error that escaped a service means for the user."""
    from desk_assistant.storage.database import classify

    return classify(exc, db_path)


def _store(db: sqlite_utils.Database) -> Store:
    return Store(db, AppState(db), AuditLog(db), FollowUpQueue(db), FollowUpRepository(db))


def build_services(db_path: Path | None, clock: Clock = system_clock) -> Services:
    """Open (and migrate) the database at ``db_path`` and wire the services to it."""
    store = _store(open_database(db_path))
    db, app_state, audit = store.db, store.app_state, store.audit
    changes = Changes()
    auth = AuthService(app_state, audit, clock, changes)
    packs = PackService(PackRepository(db), clock, audit, auth, changes)
    desk = DeskService(
        InteractionRepository(db), store.followups, packs, clock, app_state, audit, auth, changes
    )
    calendar = CalendarService(CalendarRepository(db, app_state), audit, clock, auth)
    followups = FollowUpService(
        store.followups, store.queue, app_state, clock, audit, auth, changes, calendar.calendar
    )
    return Services(
        db_path=db_path,
        clock=clock,
        packs=packs,
        desk=desk,
        followups=followups,
        auth=auth,
        privacy=PrivacyService(
            db,
            store.followups,
            app_state,
            audit,
            clock,
            ledger=partial(append_erasures, db_path) if db_path else None,
            auth=auth,
            changes=changes,
        ),
        settings=SettingsService(app_state, audit, clock, auth, desk),
        calendar=calendar,
        feedback=FeedbackService(FeedbackRepository(db), app_state, audit, clock, auth),
        backups=BackupService(db_path, app_state, audit, clock, auth) if db_path else None,
        changes=changes,
        _store=store,
    )


LOG_NAME = "desk-assistant.log"
LOG_MAX_BYTES = 1_000_000
LOG_KEPT = 3


def _rotate_logs(folder: Path) -> None:
    """At start, a log past its size moves to ``.1`` (``.1`` to ``.2`` …; the oldest goes).

    Rotating once per start rather than per line keeps ``logging.handlers`` (and the
    socket and pickle modules it imports) out of the desk's start."""
    current = folder / LOG_NAME
    try:
        if current.stat().st_size < LOG_MAX_BYTES:
            return
    except OSError:
        return
    for index in range(LOG_KEPT - 1, 0, -1):
        older = folder / f"{LOG_NAME}.{index}"
        if older.exists():
            older.replace(folder / f"{LOG_NAME}.{index + 1}")
    current.replace(folder / f"{LOG_NAME}.1")


def setup_logging(folder: Path) -> None:
    """Log to a file beside the database (rotated at start). Never log patron data.

    Where the folder cannot be written (a full or read-only drive), the application still
    starts, to say so in plain words; it logs to the standard error stream meanwhile."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _rotate_logs(folder)
        handler: logging.Handler = logging.FileHandler(folder / LOG_NAME, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
