"""The audit log for the supervisor: read it, check its chain, export it (audited)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.roles import Role
from desk_assistant.services.auth import AuthService
from desk_assistant.storage.audit import AuditEntry, AuditLog, ChainCheck, verify_file

__all__ = ["AuditEntry", "AuditService", "ChainCheck"]


class AuditService:
    def __init__(self, audit: AuditLog, clock: Clock, auth: AuthService) -> None:
        self.audit = audit
        self.clock = clock
        self.auth = auth

    def entries(
        self,
        limit: int = 2000,
        action: str | None = None,
        who: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[AuditEntry]:
        """The newest entries (days ``since`` to ``until`` included, when given)."""
        self.auth.require(Role.SUPERVISOR)
        return self.audit.entries(
            limit,
            action,
            who,
            since.isoformat() if since else None,
            (until + timedelta(days=1)).isoformat() if until else None,
        )

    def span(self) -> tuple[date, date] | None:
        """The days of the first and the last entry (the view shows them all at first)."""
        self.auth.require(Role.SUPERVISOR)
        span = self.audit.span()
        if span is None:
            return None
        return datetime.fromisoformat(span[0]).date(), datetime.fromisoformat(span[1]).date()

    def people_and_actions(self) -> tuple[list[str], list[str]]:
        self.auth.require(Role.SUPERVISOR)
        return self.audit.people_and_actions()

    def verify(self) -> ChainCheck:
        """Is the log intact? (The first broken row otherwise.)"""
        return self.audit.verify()

    @staticmethod
    def verify_file(path: Path) -> ChainCheck:
        """The same check on a connection of its own (for a thread in the background)."""
        return verify_file(path)

    def export_csv(self, path: Path, who: str, role: str) -> int:
        """The whole log as CSV (who, when, what; never personal data); the export itself
        is recorded in the log."""
        from desk_assistant.exports.tabular import Column, write_csv  # only when exporting

        self.auth.require(Role.SUPERVISOR)
        columns = [
            Column("at", "at"),
            Column("who", "who"),
            Column("role", "role"),
            Column("action", "action"),
            Column("detail", "detail"),
        ]
        rows = (
            {
                "at": e.at.isoformat(),
                "who": e.who,
                "role": e.role,
                "action": e.action,
                "detail": ", ".join(f"{k}={v}" for k, v in e.detail.items()),
            }
            for e in reversed(self.audit.entries(10_000_000))
        )
        count = write_csv(path, columns, rows)
        self.audit.record(
            self.clock(), who, role, "export", {"what": "audit", "format": "csv", "rows": count}
        )
        return count
