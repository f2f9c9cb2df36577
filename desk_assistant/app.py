"""Composition root: open the database and build the services (no Qt here)."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from desk_assistant.domain.clock import Clock, system_clock
from desk_assistant.i18n import Message
from desk_assistant.services.auth import AuthService
from desk_assistant.services.backup import BackupService, note_custody, preflight
from desk_assistant.services.desk import DeskService
from desk_assistant.services.followups import FollowUpService
from desk_assistant.services.packs import PackService
from desk_assistant.services.privacy import PrivacyService
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.custody import append_erasures
from desk_assistant.storage.database import open_database
from desk_assistant.storage.followups import FollowUpRepository
from desk_assistant.storage.interactions import InteractionRepository
from desk_assistant.storage.packs import PackRepository
from desk_assistant.storage.queue import FollowUpQueue

if TYPE_CHECKING:
    from desk_assistant.services.audit import AuditService
    from desk_assistant.services.exports import ExportService


@dataclass
class Services:
    """Everything the user interface and the command line work with."""

    db: sqlite_utils.Database
    db_path: Path | None
    clock: Clock
    packs: PackService
    desk: DeskService
    followups: FollowUpService
    app_state: AppState
    audit: AuditLog
    auth: AuthService
    privacy: PrivacyService
    backups: BackupService | None
    queue: FollowUpQueue = field(repr=False)

    @cached_property
    def audit_log(self) -> AuditService:
        """Reading, checking and exporting the audit log."""
        from desk_assistant.services.audit import AuditService

        return AuditService(self.audit, self.clock, self.auth)

    @cached_property
    def exports(self) -> ExportService:
        """Built when first used: the desk does not need it to open."""
        from desk_assistant.services.exports import ExportService

        return ExportService(self.db, self.queue, self.audit, self.clock, self.auth)

    def close(self) -> None:
        self.db.close()


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


def build_services(db_path: Path | None, clock: Clock = system_clock) -> Services:
    """Open (and migrate) the database at ``db_path`` and wire the services to it."""
    db = open_database(db_path)
    app_state = AppState(db)
    audit = AuditLog(db)
    auth = AuthService(app_state, audit, clock)
    packs = PackService(PackRepository(db), clock, audit, auth)
    followup_repo = FollowUpRepository(db)
    desk = DeskService(
        InteractionRepository(db), followup_repo, packs, clock, app_state, audit, auth
    )
    queue = FollowUpQueue(db)
    followups = FollowUpService(followup_repo, queue, app_state, clock, audit, auth)
    return Services(
        db=db,
        db_path=db_path,
        clock=clock,
        packs=packs,
        desk=desk,
        followups=followups,
        app_state=app_state,
        audit=audit,
        auth=auth,
        privacy=PrivacyService(
            db,
            followup_repo,
            app_state,
            audit,
            clock,
            ledger=partial(append_erasures, db_path) if db_path else None,
            auth=auth,
        ),
        backups=BackupService(db_path, app_state, audit, clock, auth) if db_path else None,
        queue=queue,
    )


def setup_logging(folder: Path) -> None:
    """Log to a rotating file beside the database. Never log patron data.

    Where the folder cannot be written (a full or read-only drive), the application still
    starts, to say so in plain words; it logs to the standard error stream meanwhile."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "desk-assistant.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
