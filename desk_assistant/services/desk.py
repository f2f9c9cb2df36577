"""The desk's use cases: shifts, and storing each interaction when it ends."""

from __future__ import annotations

import json

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.draft import Draft
from desk_assistant.domain.flow import InteractionFlow
from desk_assistant.domain.roles import Role
from desk_assistant.domain.shift import InteractionRecord, Shift, ShiftSummary
from desk_assistant.domain.vocabulary import Outcome, Segment
from desk_assistant.errors import DeskAssistantError, ValidationError
from desk_assistant.services.auth import AuthService, RoleRequired
from desk_assistant.services.changes import Changes, Topic
from desk_assistant.services.packs import PackService
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.database import write_transaction
from desk_assistant.storage.followups import FollowUpRepository
from desk_assistant.storage.interactions import InteractionRepository

MAX_NAME_LENGTH = 60
DESKS_KEY = "desks"
DRAFT_KEY = "desk_draft"


def _clean(value: str, field: str, missing_key: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValidationError(missing_key, field=field)
    if len(value) > MAX_NAME_LENGTH:
        raise ValidationError("shift.too_long", field=field, limit=MAX_NAME_LENGTH)
    return value


def clean_desk_names(names: list[str]) -> list[str]:
    """The desks as listed (spaces tidied, blank lines and repeats left out); a name too
    long is refused (ValidationError) before anything is stored."""
    cleaned: list[str] = []
    for name in names:
        if " ".join(name.split()):
            value = _clean(name, "desk", "shift.desk_required")
            if value not in cleaned:
                cleaned.append(value)
    return cleaned


class DeskService:
    """Starts and ends shifts, begins interactions and stores them when they end."""

    def __init__(
        self,
        repo: InteractionRepository,
        followups: FollowUpRepository,
        packs: PackService,
        clock: Clock,
        state: AppState | None = None,
        audit: AuditLog | None = None,
        auth: AuthService | None = None,
        changes: Changes | None = None,
    ) -> None:
        """``state``, ``audit`` and ``auth`` keep the library's list of desks, which the
        supervisor maintains and every shift picks from."""
        self.changes = changes or Changes()
        self.state, self.audit, self.auth = state, audit, auth
        self.repo = repo
        self.followups = followups
        self.packs = packs
        self.clock = clock
        self.shift: Shift | None = None

    def desks(self) -> list[str]:
        """The library's desks, as the supervisor listed them (empty: none listed yet)."""
        if self.state is None:
            return []
        try:
            names = json.loads(self.state.get(DESKS_KEY, "[]"))
        except ValueError:
            return []
        return [str(n) for n in names] if isinstance(names, list) else []

    def set_desks(self, names: list[str], who: str) -> list[str]:
        """The supervisor keeps the list of desks; a shift then picks one of them."""
        if self.auth is None or self.state is None:
            raise RoleRequired(Role.SUPERVISOR)
        self.auth.require(Role.SUPERVISOR)
        cleaned = clean_desk_names(names)
        self.state.set(DESKS_KEY, json.dumps(cleaned, ensure_ascii=False))
        if self.audit is not None:
            self.audit.record(
                self.clock(), who, self.auth.role.value, "settings_change", {"desks": cleaned}
            )
        return cleaned

    def start_shift(self, staff: str, desk: str) -> Shift:
        staff = _clean(staff, "staff", "shift.staff_required")
        desk = _clean(desk, "desk", "shift.desk_required")
        listed = self.desks()
        if listed and desk not in listed:
            raise ValidationError("shift.desk_not_listed", field="desk")
        self.shift = self.repo.start_shift(staff, desk, self.clock())
        self.changes.emit(Topic.SHIFT)
        return self.shift

    def end_shift(self) -> ShiftSummary:
        if self.shift is None:
            raise DeskAssistantError("shift.none_open")
        ended = self.repo.end_shift(self.shift, self.clock())
        self.shift = None
        self.changes.emit(Topic.SHIFT)
        return self.repo.shift_summary(ended)

    def open_shift(self, desk: str) -> ShiftSummary | None:
        """A shift at ``desk`` still open from before (the application was quit, or the PC
        stopped), with what it has served so far; None when there is none."""
        if not desk.strip():
            return None
        shift = self.repo.open_shift(" ".join(desk.split()))
        return self.repo.shift_summary(shift) if shift is not None else None

    def resume_shift(self, shift: Shift) -> Shift:
        """Go on with a shift left open: the same person at the same desk."""
        self.shift = shift
        self.changes.emit(Topic.SHIFT)
        return shift

    def end_left_open(self, shift: Shift) -> ShiftSummary:
        """End a shift left open, at its last interaction (not now: the hours between were
        not served), and give its summary, counted from the database."""
        ended = self.repo.end_shift(shift, self.repo.last_activity(shift))
        if self.shift is not None and self.shift.id == shift.id:
            self.shift = None
        self.changes.emit(Topic.SHIFT)
        return self.repo.shift_summary(ended)

    def shift_summary(self) -> ShiftSummary | None:
        return self.repo.shift_summary(self.shift) if self.shift is not None else None

    def new_interaction(self, segment: Segment = Segment.GENERAL) -> InteractionFlow:
        return InteractionFlow(self.packs.active, self.clock, segment)

    # --- a checklist kept across a quit ---------------------------------------------------

    def _draft_key(self) -> str:
        return f"{DRAFT_KEY}:{self.shift.desk if self.shift else ''}"

    def keep_draft(self, draft: Draft) -> None:
        """Keep what was typed in the checklist when the program is quit mid-interaction
        (one draft a desk; the next start at this desk offers it back)."""
        if self.state is not None:
            self.state.set(self._draft_key(), draft.to_json())

    def take_draft(self) -> Draft | None:
        """The draft kept at this shift's desk, removed from the database as it is taken."""
        if self.state is None:
            return None
        key = self._draft_key()
        text = self.state.get(key, "")
        if text:
            self.state.set(key, "")
        return Draft.from_json(text)

    def reopen(self, draft: Draft) -> InteractionFlow | None:
        """A new interaction standing where the draft's stood, so its checklist opens
        again; where the pack changed since, at the pack's first step that opens such a
        checklist. None if the pack has none."""
        pack = self.packs.active
        flow = InteractionFlow.resumed(pack, self.clock, draft.walk, draft.segment)
        if flow is not None:
            return flow
        for step in pack.steps.values():
            if (step.follow_up if draft.request else step.unavailable) and step.id != pack.start:
                walk = ((pack.start, None, False), (step.id, None, False))
                return InteractionFlow.resumed(pack, self.clock, walk, draft.segment)
        return None

    def finish(
        self, flow: InteractionFlow, language: str, abandoned: bool = False
    ) -> InteractionRecord:
        """Store the interaction (only what statistics need: no patron data)."""
        if self.shift is None:
            raise DeskAssistantError("shift.none_open")
        ended = self.clock()
        next_step = flow.next_step if flow.unavailable else None
        record = InteractionRecord(
            started_at=flow.started_at or ended,
            ended_at=ended,
            desk=self.shift.desk,
            staff=self.shift.staff,
            pack_id=flow.pack.id,
            pack_version=flow.pack.version,
            pack_sha256=self.packs.digest(flow.pack),
            language=language,
            segment=flow.segment,
            need=flow.need,
            needs=tuple(flow.needs),
            steps=tuple(flow.walked),
            outcome=Outcome.ABANDONED if abandoned else flow.outcome(),
            shift_id=self.shift.id,
            unavailable=flow.unavailable,
            next_step=None if next_step is None else not next_step.case.declined,
            options_offered=flow.offered if next_step is not None else (),
            options_chosen=next_step.case.options if next_step is not None else (),
        )
        with write_transaction(self.repo.db):
            interaction_id = self.repo.add(record)
            if flow.next_step is not None and flow.next_step.followup_id is not None:
                self.followups.link_interaction(flow.next_step.followup_id, interaction_id)
        self.changes.emit(Topic.INTERACTIONS)
        return record
