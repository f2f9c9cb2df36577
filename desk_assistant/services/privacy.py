"""Patron personal data: retention, the right of access, erasure on request (UU 27/2022)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.followup import FollowUp, clean_text, format_phone, parse_phone
from desk_assistant.domain.roles import Role
from desk_assistant.errors import ValidationError
from desk_assistant.files import file_errors, write_text
from desk_assistant.services.auth import AuthService, RoleRequired
from desk_assistant.services.changes import Changes, Topic
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.database import storage_errors, write_transaction
from desk_assistant.storage.followups import FollowUpRepository

log = logging.getLogger(__name__)
RETENTION_KEY = "retention_days"
DEFAULT_RETENTION_DAYS = 30
_CONTACT_COLUMNS = "patron_name, phone, email"


class PrivacyService:
    def __init__(
        self,
        db: sqlite_utils.Database,
        repo: FollowUpRepository,
        state: AppState,
        audit: AuditLog,
        clock: Clock,
        ledger: Callable[[list[tuple[int, str, str]]], None] | None = None,
        auth: AuthService | None = None,
        changes: Changes | None = None,
    ) -> None:
        """``ledger`` keeps each erasure (id, code, time) outside the database too;
        ``auth`` says who may act (every use case here needs at least a scheduled task's
        role, most the supervisor's)."""
        self.changes = changes or Changes()
        self.auth = auth
        self.ledger = ledger
        self.db = db
        self.repo = repo
        self.state = state
        self.audit = audit
        self.clock = clock

    # --- retention -----------------------------------------------------------------------

    @property
    def retention_days(self) -> int:
        try:
            return max(0, int(self.state.get(RETENTION_KEY, str(DEFAULT_RETENTION_DAYS))))
        except ValueError:
            return DEFAULT_RETENTION_DAYS

    def _require(self, role: Role) -> None:
        if self.auth is None:
            raise RoleRequired(role)
        self.auth.require(role)

    def set_retention_days(self, days: int, who: str, role: str) -> None:
        self._require(Role.SUPERVISOR)
        days = max(0, min(3650, days))
        self.state.set(RETENTION_KEY, str(days))
        self.audit.record(self.clock(), who, role, "settings_change", {"retention_days": days})

    def purge_expired(self, who: str = "system", role: str = "system") -> int:
        """Erase the contact details of follow-ups closed more than the retention ago.

        The erasure and its audit row are one transaction: a kill leaves both or neither.
        """
        self._require(Role.SCHEDULED)
        ids = self.repo.expired_contacts(self.clock() - timedelta(days=self.retention_days))
        detail = {"cleared": len(ids), "days": self.retention_days}
        self._erase(ids, who, "retention", role, "retention_run", detail, always_audit=True)
        return len(ids)

    def _erase(
        self,
        ids: list[int],
        who: str,
        why: str,
        role: str,
        action: str,
        detail: dict[str, Any],
        always_audit: bool = False,
    ) -> None:
        if not ids and not always_audit:
            return
        now = self.clock()
        with storage_errors(self.db), write_transaction(self.db):
            entries = self.repo.erase_contacts(ids, who, why, now)
            self.audit.record(now, who, role, action, detail)
        if self.ledger is not None:
            try:
                self.ledger(entries)
            except OSError:
                # The ledger inside the database has them; only the copy beside it is late.
                log.warning("Could not add %d erasures to the ledger file", len(entries))
        if entries:
            self.repo.flush_erased_text()
            self.changes.emit(Topic.FOLLOWUPS)

    # --- the patron's requests -----------------------------------------------------------

    def find_patron(self, query: str) -> list[FollowUp]:
        """Every follow-up held about a patron, by reference code, phone number or name."""
        self._require(Role.SUPERVISOR)
        text = clean_text(query)
        if not text:
            return []
        code = text.upper().replace(" ", "")
        code = code if code.startswith("TL-") else "TL-" + code.removeprefix("TL")
        try:
            phone = parse_phone(text)
        except ValidationError:
            phone = None
        ids = self.repo.find_patron(
            code=code,
            phone=phone.e164 if phone else None,
            email=text if "@" in text else None,
            name=text if phone is None else None,
        )
        return [self.repo.get(i) for i in sorted(ids)]

    def export_patron(self, followups: list[FollowUp], path: Path, who: str, role: str) -> None:
        """The right of access: everything held about the patron, as a readable file."""
        self._require(Role.SUPERVISOR)
        records: list[dict[str, Any]] = []
        for f in followups:
            contact = f.contact
            records.append(
                {
                    "reference_code": f.code,
                    "created": f.created_at.isoformat(),
                    "status": f.status.value,
                    "promised_by": f.due.isoformat() if f.due else None,
                    "item": {
                        "title": f.item.title,
                        "author": f.item.author,
                        "call_number": f.item.call_number,
                    },
                    "options": list(f.options),
                    "consent_to_contact": f.consent,
                    "name": contact.name if contact else None,
                    "phone": format_phone(contact.phone.e164)
                    if contact and contact.phone
                    else None,
                    "email": contact.email if contact else None,
                    "preferred_channel": contact.channel.value if contact else None,
                    "history": [
                        {"at": e.at.isoformat(), "by": e.by, "what": e.kind, **e.detail}
                        for e in self.repo.events(f.id)
                    ],
                }
            )
        with file_errors(path):
            write_text(path, json.dumps({"followups": records}, ensure_ascii=False, indent=2))
        self.audit.record(
            self.clock(), who, role, "patron_access_export", {"followups": len(records)}
        )

    def erase_patron(self, followups: list[FollowUp], who: str, role: str) -> int:
        """Erase the patron's contact details on request; the promise record stays."""
        self._require(Role.SUPERVISOR)
        ids = [f.id for f in followups if f.contact is not None]
        self._erase(ids, who, "request", role, "erasure", {"followups": len(ids)})
        return len(ids)

    def reapply_erasures(self, entries: list[tuple[int, str, str]], who: str) -> int:
        """After a restore: erase again whoever was erased after the backup was taken."""
        self._require(Role.SCHEDULED)
        ids = self.repo.still_held(entries)
        if ids:
            detail = {"followups": len(ids), "after": "restore"}
            self._erase(ids, who, "request", "system", "erasure", detail)
        return len(ids)
