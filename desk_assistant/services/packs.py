"""Which script pack the desk uses, and loading a new one without losing the last good."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.roles import Role
from desk_assistant.domain.script_pack import (
    PackError,
    Problem,
    ScriptPack,
    decode_pack_bytes,
    parse_pack,
    snapshot,
)
from desk_assistant.errors import StorageError, os_reason
from desk_assistant.files import file_errors, write_text
from desk_assistant.i18n import Message
from desk_assistant.resource import resource
from desk_assistant.services.auth import AuthService, RoleRequired
from desk_assistant.services.changes import Changes, Topic
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.packs import PackRepository, StoredPack, sha256

log = logging.getLogger(__name__)

SYSTEM_USER = "system"


def default_pack_source() -> str:
    """The default pack shipped with the application."""
    return resource("packs/default.yaml").read_text(encoding="utf-8")


def read_pack_file(path: str | Path) -> ScriptPack:
    """Read and validate a pack file; :class:`PackError` lists every problem."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise PackError(
            [Problem(Message("pack.file_unreadable", {"detail": os_reason(exc, reading=True)}))]
        ) from exc
    return parse_pack(decode_pack_bytes(raw))


@dataclass(frozen=True)
class PackDraft:
    """An unpublished edit of a pack: its text, who wrote it and when (ISO)."""

    source: str
    by: str
    at: str


class PackService:
    """Keeps the active pack; a bad pack never replaces the last good one."""

    def __init__(
        self,
        repo: PackRepository,
        clock: Clock,
        audit: AuditLog | None = None,
        auth: AuthService | None = None,
        changes: Changes | None = None,
    ) -> None:
        """``auth`` guards the trainer's use cases (None: a pack service for reading)."""
        self.changes = changes or Changes()
        self.auth = auth
        self.repo = repo
        self.clock = clock
        self.audit = audit
        self._active: ScriptPack | None = None
        self._digest: tuple[ScriptPack, str] | None = None

    @property
    def active(self) -> ScriptPack:
        if self._active is None:
            self._active = self._load_active()
        return self._active

    def reload(self) -> None:
        """Another pack became active outside this service (the library's, taken from the
        server by the sync on its own connection): read it again."""
        self._active = None
        self.changes.emit(Topic.PACK)

    def _load_active(self) -> ScriptPack:
        bundled_source = default_pack_source()
        stored = self.repo.active()
        if stored is not None and stored.sha256 == sha256(bundled_source):
            return self._restore(stored)  # the usual case
        bundled = parse_pack(bundled_source)
        if stored is not None:
            try:
                pack = self._restore(stored)
            except PackError:
                log.error("The stored active pack no longer validates; using the default pack")
            else:
                upgrade = (
                    pack.id == bundled.id
                    and bundled.version > pack.version
                    and stored.installed_by == SYSTEM_USER
                    and not self._version_taken(bundled)
                )
                if not upgrade:
                    return pack
        if self._version_taken(bundled):
            # A trainer's own text holds the bundled pack's id and version: theirs stays.
            log.warning("The bundled pack's version is taken by another text; not installed")
            taken = self.repo.of_version(bundled.id, bundled.version)[-1]
            self.repo.set_active(taken.row_id)
            return self._restore(taken)
        self._install(bundled, SYSTEM_USER)
        self._remember(bundled)
        return bundled

    def _restore(self, stored: StoredPack) -> ScriptPack:
        """The stored pack: from its snapshot when it has a current one, else parsed and
        validated from its source (and the snapshot taken for the next start)."""
        saved = self.repo.snapshot()
        if saved:
            pack = snapshot.restore(saved, stored.sha256)
            if pack is not None:
                return pack
        pack = parse_pack(stored.source)
        self._remember(pack)
        return pack

    def _remember(self, pack: ScriptPack) -> None:
        """Keep the snapshot of the pack just made active, for the next start."""
        try:
            self.repo.save_snapshot(snapshot.take(pack, sha256(pack.source)))
        except StorageError:
            log.warning("The pack's snapshot could not be kept; the next start parses it")

    def digest(self, pack: ScriptPack) -> str:
        """The SHA-256 of ``pack``'s source: a version is its content (computed once a pack)."""
        if self._digest is None or self._digest[0] is not pack:
            self._digest = (pack, sha256(pack.source))
        return self._digest[1]

    def _stored_as(self, pack: ScriptPack) -> StoredPack | None:
        """The stored row of exactly this pack (same id, version and content), or None if
        it is new. Another content under the same id and version is refused: statistics
        record id and version, so one version must always be one text."""
        digest = self.digest(pack)
        same_version = self.repo.of_version(pack.id, pack.version)
        for stored in same_version:
            if stored.sha256 == digest:
                return stored
        if same_version:
            taken = Message("pack.version_taken", {"pack": pack.id, "version": pack.version})
            raise PackError([Problem(taken)])
        return None

    def _install(self, pack: ScriptPack, by: str) -> None:
        existing = self._stored_as(pack)
        if existing is None:
            existing = self.repo.add(pack.id, pack.version, pack.source, by, self.clock())
        self.repo.set_active(existing.row_id)

    def _require_trainer(self) -> None:
        if self.auth is None:
            raise RoleRequired(Role.TRAINER)
        self.auth.require(Role.TRAINER)

    def load_file(self, path: str | Path, by: str) -> ScriptPack:
        """Validate ``path`` and make it the active pack; on any problem nothing changes."""
        self._require_trainer()
        pack = read_pack_file(path)
        self._install(pack, by)
        self._active = pack
        self._remember(pack)
        self.changes.emit(Topic.PACK)
        self._record(by, "script_publish", pack)
        return pack

    # --- versions: import, export, publish, roll back -----------------------------------

    def versions(self) -> list[StoredPack]:
        return self.repo.versions()

    def what_changed(
        self, row_id: int, lang: str
    ) -> tuple[StoredPack | None, list[tuple[tuple[str, ...], str, str]]]:
        """What stored version ``row_id`` changed against the version of the same pack
        before it (by number): the version compared with, and each text before → after in
        ``lang``."""
        from desk_assistant.domain import pack_editing

        versions = self.repo.versions()
        chosen = next(v for v in versions if v.row_id == row_id)
        older = [
            v
            for v in versions
            if v.pack_id == chosen.pack_id and (v.version, v.row_id) < (chosen.version, row_id)
        ]
        before = max(older, key=lambda v: (v.version, v.row_id)) if older else None
        old = pack_editing.load_editable(before.source) if before else {}
        new = pack_editing.load_editable(chosen.source)
        return before, pack_editing.text_changes(old, new, lang)

    def stored(self, row_id: int) -> StoredPack | None:
        """A stored version, to open in the editor (a new draft from it), practise or export."""
        self._require_trainer()
        return self.repo.get(row_id)

    def active_row(self) -> StoredPack | None:
        return self.repo.active()

    def _version_taken(self, pack: ScriptPack) -> bool:
        try:
            self._stored_as(pack)
        except PackError:
            return True
        return False

    def import_file(self, path: str | Path, by: str) -> StoredPack:
        """Validate and store a shared pack as a version; the active pack is untouched.
        Importing a version already stored is a no-op; another text under a stored id and
        version is refused (raise ``version``)."""
        self._require_trainer()
        pack = read_pack_file(path)
        stored = self._stored_as(pack)
        if stored is None:
            stored = self.repo.add(pack.id, pack.version, pack.source, by, self.clock(), "import")
        self._record(by, "script_import", pack)
        return stored

    def export(self, path: Path, row_id: int | None = None) -> StoredPack:
        """Write a stored version (the active one by default) exactly as it was loaded."""
        self._require_trainer()
        _ = self.active  # make sure the active pack is stored
        stored = self.repo.get(row_id) if row_id is not None else self.repo.active()
        if stored is None:
            stored = self.repo.active()
        assert stored is not None
        with file_errors(path):
            write_text(path, stored.source)
        return stored

    def activate(self, row_id: int, by: str) -> ScriptPack:
        """Make a stored version the active one (publish it, or roll back to it)."""
        self._require_trainer()
        stored = self.repo.get(row_id)
        if stored is None:
            raise ValueError(f"no stored pack {row_id}")
        pack = parse_pack(stored.source)
        self.repo.set_active(row_id)
        self._active = pack
        self._remember(pack)
        self.changes.emit(Topic.PACK)
        self._record(by, "script_publish", pack)
        return pack

    # --- the editor's draft: kept until published or discarded -------------------------

    def keep_draft(self, source: str, by: str) -> None:
        """Keep the editor's unpublished text (it survives a quit or a crash)."""
        self._require_trainer()
        self.repo.save_draft(
            json.dumps({"source": source, "by": by, "at": self.clock().isoformat()})
        )

    def draft(self) -> PackDraft | None:
        """The draft kept, if any (and readable)."""
        self._require_trainer()
        try:
            kept = json.loads(self.repo.draft() or "null")
            return PackDraft(str(kept["source"]), str(kept["by"]), str(kept["at"]))
        except (ValueError, KeyError, TypeError):
            return None

    def discard_draft(self) -> None:
        self._require_trainer()
        self.repo.save_draft("")

    def publish_source(self, source: str, by: str, note: str = "") -> ScriptPack:
        """Validate edited source and make it the active pack as a new version."""
        self._require_trainer()
        pack = parse_pack(source)
        stored = self._stored_as(pack) or self.repo.add(
            pack.id, pack.version, source, by, self.clock(), note
        )
        self.repo.set_active(stored.row_id)
        self.repo.save_draft("")  # published: the draft has done its work
        self._active = pack
        self._remember(pack)
        self.changes.emit(Topic.PACK)
        self._record(by, "script_publish", pack)
        return pack

    def _record(self, by: str, action: str, pack: ScriptPack) -> None:
        if self.audit is not None:
            self.audit.record(
                self.clock(), by, "trainer", action, {"pack": pack.id, "version": pack.version}
            )
