"""Follow-ups: recording the promise, then keeping it (queue, attempts, statuses)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from desk_assistant.domain.calendar import LibraryCalendar
from desk_assistant.domain.clock import Clock
from desk_assistant.domain.flow import InteractionFlow, NextStep
from desk_assistant.domain.followup import (
    ACTIVE_STATUSES,
    DEFAULT_FLAG_AFTER,
    Attempt,
    CaseForm,
    Contact,
    Event,
    FollowUp,
    Status,
    check_transition,
    clean_text,
    mask_email,
    mask_name,
    mask_phone,
    masked_contact,
    validate_case,
)
from desk_assistant.domain.queue import QueueFilter, QueueRow, When
from desk_assistant.domain.roles import Role
from desk_assistant.domain.shift import Shift
from desk_assistant.errors import DeskAssistantError
from desk_assistant.services.auth import AuthService, RoleRequired
from desk_assistant.services.changes import Changes, Topic
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.database import write_transaction
from desk_assistant.storage.followups import FollowUpRepository
from desk_assistant.storage.queue import FollowUpQueue

FLAG_AFTER_KEY = "flag_after_failed_attempts"


def _searchable(filt: QueueFilter) -> QueueFilter:
    """The search in the form names are stored in (invalid text refused with a message)."""
    if not filt.search:
        return filt
    return replace(filt, search=clean_text(filt.search))


def _masked_row(row: QueueRow) -> QueueRow:
    return replace(
        row,
        patron_name=mask_name(row.patron_name) if row.patron_name else None,
        phone=mask_phone(row.phone) if row.phone else None,
        email=mask_email(row.email) if row.email else None,
    )


class FollowUpService:
    """Turns the options checklist into a stored promise with a reference code."""

    def __init__(
        self,
        repo: FollowUpRepository,
        queue: FollowUpQueue,
        state: AppState,
        clock: Clock,
        audit: AuditLog | None = None,
        auth: AuthService | None = None,
        changes: Changes | None = None,
        calendar: Callable[[], LibraryCalendar] | None = None,
    ) -> None:
        """``calendar``: the library's, on which promised dates are counted (without one:
        Monday to Friday and Indonesia's holidays). ``auth``: revealing another desk's
        contact details, and the settings, need the supervisor; this PC's own desk
        (:attr:`this_desk`, set by the supervisor) reveals its own follow-ups."""
        self.changes = changes or Changes()
        self.auth = auth
        self.this_desk = ""
        self.audit = audit
        self.repo = repo
        self.queue = queue
        self.state = state
        self.clock = clock
        self.calendar = calendar or LibraryCalendar

    def default_due(self, flow: InteractionFlow) -> date:
        """The pack's number of open days from today, on the library's calendar."""
        days = flow.pack.unavailable.follow_up_days if flow.pack.unavailable else 2
        return self.calendar().add_open_days(self.clock().date(), days)

    def record(
        self, flow: InteractionFlow, form: CaseForm, shift: Shift, language: str
    ) -> NextStep:
        """Validate ``form`` (raises CaseInvalid listing every field) and keep the promise.

        A case that needs a follow-up is stored at once, before the patron leaves, so a
        crash or a power cut later in the interaction cannot lose it. Correcting the form
        again keeps the same follow-up and code.
        """
        case = validate_case(
            form, flow.pack.follow_up_options, self.clock().date(), self.calendar()
        )
        previous = flow.next_step
        code: str | None = None
        followup_id: int | None = None
        if case.needs_follow_up:
            if previous is not None and previous.followup_id is not None:
                stored = self.repo.update_case(
                    previous.followup_id, case, shift.staff, self.clock()
                )
            else:
                stored = self.repo.create(
                    self.repo.reserve_code(), case, shift.desk, shift.staff, language, self.clock()
                )
            code, followup_id = stored.code, stored.id
        elif previous is not None and previous.followup_id is not None:
            # The follow-up was promised, then the form changed to need none: keep the
            # promise's record honest rather than deleting it.
            stored = self.repo.update_case(previous.followup_id, case, shift.staff, self.clock())
            code, followup_id = stored.code, stored.id
        next_step = NextStep(case=case, code=code, followup_id=followup_id)
        flow.record_next_step(
            next_step, case.offered(tuple(option.id for option in flow.pack.options))
        )
        if followup_id is not None:
            self.changes.emit(Topic.FOLLOWUPS)
        return next_step

    def get(self, followup_id: int) -> FollowUp:
        """The follow-up with its contact masked: the raw details come only by :meth:`reveal`
        (recorded), whatever the role."""
        followup = self.repo.get(followup_id)
        if followup.contact is None:
            return followup
        return replace(followup, contact=masked_contact(followup.contact))

    # --- the queue -----------------------------------------------------------------------

    @property
    def flag_after(self) -> int:
        """Failed attempts after which a follow-up is flagged for the supervisor."""
        try:
            value = int(self.state.get(FLAG_AFTER_KEY, str(DEFAULT_FLAG_AFTER)))
        except ValueError:
            return DEFAULT_FLAG_AFTER
        return max(1, value)

    def may_reveal(self, followup: FollowUp) -> bool:
        """Without asking: the supervisor, or this PC's own desk for its own follow-ups
        (the desk this PC is bound to, never a name typed at the start of a shift)."""
        if self.auth is not None and self.auth.allowed(Role.SUPERVISOR):
            return True
        return bool(self.this_desk) and followup.desk == self.this_desk

    def set_flag_after(self, value: int) -> None:
        if self.auth is None:
            raise RoleRequired(Role.SUPERVISOR)
        self.auth.require(Role.SUPERVISOR)
        self.state.set(FLAG_AFTER_KEY, str(max(1, min(20, value))))

    def is_flagged(self, followup: FollowUp) -> bool:
        return followup.status in ACTIVE_STATUSES and followup.failed_attempts >= self.flag_after

    def today(self) -> date:
        return self.clock().date()

    def page(self, filt: QueueFilter, limit: int, after: QueueRow | None = None) -> list[QueueRow]:
        """The next ``limit`` rows of the queue after ``after`` (the first page if None).

        Contact fields come masked; ``after`` is one of the rows this returned (the queue
        pages by due date and id, never by contact)."""
        rows = self.queue.page(_searchable(filt), self.today(), self.flag_after, after, limit)
        return [_masked_row(row) for row in rows]

    def handover(self) -> tuple[list[QueueRow], list[QueueRow]]:
        """The shift handover: the active follow-ups overdue, then those due today (masked)."""
        sections = []
        for when in (When.OVERDUE, When.TODAY):
            filt = QueueFilter(when=when)
            sections.append(self.page(filt, max(1, self.count(filt))))
        return sections[0], sections[1]

    def history(self, followup_id: int) -> list[Event]:
        """What happened to a follow-up, oldest first (reveals name who and why, no data)."""
        return self.repo.events(followup_id)

    def desks_and_staff(self) -> tuple[list[str], list[str]]:
        """The desks and the staff that hold follow-ups, for the queue's filters."""
        return self.queue.desks_and_staff()

    def count(self, filt: QueueFilter) -> int:
        return self.queue.count(_searchable(filt), self.today(), self.flag_after)

    def headline(self) -> tuple[int, int]:
        """(due today, overdue)."""
        return self.queue.counts(self.today())

    def change_status(self, followup_id: int, new: Status, by: str, reason: str = "") -> FollowUp:
        current = self.repo.get(followup_id)
        check_transition(current.status, new, reason)
        self.repo.set_status(followup_id, new, by, self.clock(), reason.strip(), current.status)
        self.changes.emit(Topic.FOLLOWUPS)
        return self.get(followup_id)

    def log_attempt(self, followup_id: int, attempt: Attempt, by: str, note: str = "") -> FollowUp:
        """Log a contact attempt; the first one on an open follow-up puts it in progress."""
        current = self.repo.get(followup_id)
        with write_transaction(self.repo.db):
            self.repo.log_attempt(
                followup_id, attempt, " ".join(note.split())[:500], by, self.clock()
            )
            if current.status is Status.OPEN:
                self.repo.set_status(
                    followup_id, Status.IN_PROGRESS, by, self.clock(), "", current.status
                )
        self.changes.emit(Topic.FOLLOWUPS)
        return self.get(followup_id)

    def reveal(
        self, followup_id: int, by: str, purpose: str = "view", role: str = "desk"
    ) -> Contact:
        """The unmasked contact; every reveal is recorded (who, when, why), never the data.

        This PC's own desk reveals its own follow-ups; any other needs the supervisor.
        """
        followup = self.repo.get(followup_id)
        if not self.may_reveal(followup):
            raise RoleRequired(Role.SUPERVISOR)
        if self.auth is not None:
            self.auth.touch()
            role = self.auth.role.value
        if followup.contact is None:
            raise DeskAssistantError("followup.no_contact")
        with write_transaction(self.repo.db):
            self.repo.add_event(followup_id, self.clock(), by, "reveal", {"purpose": purpose})
            if self.audit is not None:
                self.audit.record(
                    self.clock(), by, role, "reveal", {"code": followup.code, "purpose": purpose}
                )
        return followup.contact
