"""A desk and the library server: joining it, checking it, and one push cycle.

Without a server nothing here runs and nothing changes: one PC, one SQLite file. Once the
supervisor joins this desk to a server, every interaction, audit row, patron's rating and
survey answer is also queued in the desk's outbox (in the same transaction) and pushed
whenever the server answers; the desk itself never waits for the network.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlite_utils

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.roles import Role
from desk_assistant.domain.script_pack import PackError, parse_pack
from desk_assistant.errors import StorageError
from desk_assistant.services.auth import AuthService
from desk_assistant.storage import server
from desk_assistant.storage import server_feedback as feedback
from desk_assistant.storage import server_followups as shared
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.followups import DESK_NUMBER, SEQUENCE_KEY
from desk_assistant.storage.packs import PackRepository
from desk_assistant.storage.server_followups import Refusal

if TYPE_CHECKING:
    import psycopg

CONNINFO_KEY = "server_conninfo"
DESK_KEY = "server_desk"
PACK_SEEN_KEY = "server_pack_changed"  # the library pack's "changed" last looked at
PACK_PULLED_KEY = "server_pack_pulled"  # the pack row taken from the server (not sent back)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerCheck:
    version: int  # of the central schema (0: not initialised)
    privileges: dict[str, bool]
    contacts: bool = False  # the role reads patrons' contact details (else reports only)

    @property
    def usable(self) -> bool:
        return self.version > 0 and all(self.privileges.values())


@dataclass(frozen=True)
class SyncResult:
    sent: int  # records pushed
    new: int  # of them, new to the server (the others had arrived before: a replay)
    pending: int  # still queued (0 unless the link dropped mid-way)
    received: int = 0  # follow-ups whose state came from the server
    refused: tuple[Refusal, ...] = ()  # this desk's changes the server refused
    pack_changed: bool = False  # the library's script pack came and is now active here
    statistics: int = 0  # other desks' interactions, ratings and survey answers taken


class SyncService:
    def __init__(
        self,
        db: sqlite_utils.Database,
        state: AppState,
        audit: AuditLog,
        clock: Clock,
        auth: AuthService,
        active_pack: Callable[[], object] | None = None,
    ) -> None:
        """``active_pack``: makes sure this desk has its active pack stored (the first
        desk to join gives the library its pack)."""
        self.active_pack = active_pack
        self.db = db
        self.state = state
        self.audit = audit
        self.clock = clock
        self.auth = auth

    # --- configuration ---------------------------------------------------------------------

    def conninfo(self) -> str:
        """The server this desk pushes to ("" when it has none)."""
        return self.state.get(CONNINFO_KEY)

    def desk(self) -> str:
        return self.state.get(DESK_KEY)

    def configured(self) -> bool:
        return bool(self.conninfo())

    def pending(self) -> int:
        return server.pending(self.db)

    # --- the server --------------------------------------------------------------------------

    @staticmethod
    def init_server(conninfo: str, grant: list[str], reports: list[str] | None = None) -> list[int]:
        """Create or upgrade the central schema (run with the server's owner role);
        ``grant``: desk roles given what a desk needs; ``reports``: roles for reports only,
        which never read patrons' contact details. Returns the versions applied."""
        with server.connect(server.safe_conninfo(conninfo)) as connection:
            return server.init_schema(connection, grant, reports or ())

    @staticmethod
    def erase_on_server(
        conninfo: str, why: str, closed_before: str | None = None, codes: tuple[str, ...] = ()
    ) -> list[str]:
        """Erase contact details on the server itself (run as its owner): the retention
        (follow-ups closed before an ISO time) or a patron's request (their codes). Every
        desk takes it at its next sync, one offline at the time too. Returns the codes."""
        with server.connect(server.safe_conninfo(conninfo)) as connection:
            return shared.erase_on_server(connection, why, closed_before, codes)

    def check(self, conninfo: str | None = None) -> ServerCheck:
        """Can this desk reach the server and use it (its schema, its role's rights)?"""
        target = conninfo or self.conninfo()
        if not target:
            raise StorageError("server.not_joined")
        with server.connect(server.safe_conninfo(target)) as connection:
            version = server.schema_version(connection)
            rights = server.privileges(connection) if version else {}
            contacts = bool(version) and server.reads_contacts(connection)
        return ServerCheck(version, rights, contacts)

    def join(self, conninfo: str, desk: str, who: str, library_statistics: bool = False) -> int:
        """Bind this desk's database to the server as ``desk`` (the supervisor's); its
        history is queued to go up once. ``library_statistics``: this desk also takes the
        other desks' interactions, so its reports and exports cover the whole library (the
        supervisor's PC). Returns the records queued."""
        self.auth.require(Role.SUPERVISOR)
        safe = server.safe_conninfo(conninfo)
        name = " ".join(desk.split())
        if not name:
            raise StorageError("server.desk_needed")
        identity = self._identity()
        with server.connect(safe) as connection:
            if server.schema_version(connection) < len(server.SERVER_MIGRATIONS):
                raise StorageError("server.not_initialised")
            server.register_desk(connection, name, identity)
            number = shared.desk_number(connection, name)
            # The first desk gives the library its pack; the others take the library's.
            first_pack = server.library_pack(connection) is None
            # Codes drawn from the server from now on, past those this desk made alone.
            own = int(self.state.get(SEQUENCE_KEY, "0"))
            shared.draw_codes(self.db, connection, at_least=own)
        self.state.set(CONNINFO_KEY, safe)
        self.state.set(DESK_KEY, name)
        self.state.set(DESK_NUMBER, str(number))
        self.state.set(server.LIBRARY_STATS_KEY, "1" if library_statistics else "")
        self.audit.record(
            self.clock(),
            who,
            self.auth.role.value,
            "settings_change",
            {"server": safe, "desk": name, "library_statistics": library_statistics},
        )
        if self.active_pack is not None:
            self.active_pack()
        active = PackRepository(self.db).active()
        if first_pack and active is not None:
            server.enqueue_pack(self.db, active.row_id)
        return (
            server.enqueue_history(self.db)
            + shared.enqueue_followup_history(self.db)
            + feedback.enqueue_feedback_history(self.db)
        )

    def sync_once(self, batch: int = 2000) -> SyncResult:
        """Push everything queued, a batch a transaction; an unreachable server leaves
        the queue as it is (StorageError says why)."""
        conninfo = self.conninfo()
        if not conninfo:
            raise StorageError("server.not_joined")
        sent = new = 0
        refused: list[Refusal] = []
        identity, desk = self._identity(), self.desk()
        at = self.clock().isoformat()
        with server.connect(conninfo) as connection:
            if server.schema_version(connection) < len(server.SERVER_MIGRATIONS):
                raise StorageError("server.not_initialised")  # the server is older
            while True:
                result = server.push_batch(self.db, connection, identity, desk, at, batch)
                if not result.sent:
                    break
                sent += result.sent
                new += result.new
                refused.extend(result.refused)
            shared.note_refusals(self.db, refused, at)
            received = shared.pull_followups(self.db, connection, at)
            shared.draw_codes(self.db, connection)
            pack_changed = self._pull_pack(connection)
            tz = self.clock().tzinfo
            # The library's SKM periods reach every desk; the other desks' records only
            # the one keeping the library's statistics.
            feedback.pull_periods(self.db, connection, tz)
            statistics = 0
            if self.state.get(server.LIBRARY_STATS_KEY) == "1":
                statistics = server.pull_interactions(self.db, connection, desk, tz)
                statistics += feedback.pull_feedback(self.db, connection, desk, tz)
        return SyncResult(
            sent, new, self.pending(), received, tuple(refused), pack_changed, statistics
        )

    def _pull_pack(self, connection: psycopg.Connection[Any]) -> bool:
        """Take the library's pack when another desk published one (the last published
        wins); one that does not validate here (a newer format, say) is left, and the
        desk keeps its last good pack."""
        found = server.library_pack(connection)
        if found is None:
            return False
        digest, source, changed = found
        if changed <= int(self.state.get(PACK_SEEN_KEY, "0")):
            return False
        repo = PackRepository(self.db)
        active = repo.active()
        taken = False
        if active is None or active.sha256 != digest:
            try:
                pack = parse_pack(source)
            except PackError as exc:
                log.warning(
                    "The library's pack does not validate here; kept the last good: %s", exc
                )
            else:
                stored = repo.find(pack.id, pack.version, digest) or repo.add(
                    pack.id, pack.version, source, server.SERVER_NAME, self.clock()
                )
                self.state.set(PACK_PULLED_KEY, str(stored.row_id))  # not sent back
                repo.set_active(stored.row_id)
                taken = True
        self.state.set(PACK_SEEN_KEY, str(changed))
        return taken

    def refusals(self) -> list[Refusal]:
        """This desk's changes the server refused, not yet shown."""
        return shared.unseen_refusals(self.db)

    def refusals_seen(self) -> None:
        shared.mark_refusals_seen(self.db)

    def _identity(self) -> str:
        return server.database_id(self.db)
