"""Recording the next step for unavailable material: the follow-up it promises."""

from __future__ import annotations

from datetime import date

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.flow import InteractionFlow, NextStep
from desk_assistant.domain.followup import CaseForm, add_working_days, validate_case
from desk_assistant.storage.followups import FollowUp, FollowUpRepository
from desk_assistant.storage.interactions import Shift


class FollowUpService:
    """Turns the options checklist into a stored promise with a reference code."""

    def __init__(self, repo: FollowUpRepository, clock: Clock) -> None:
        self.repo = repo
        self.clock = clock

    def default_due(self, flow: InteractionFlow) -> date:
        days = flow.pack.unavailable.follow_up_days if flow.pack.unavailable else 2
        return add_working_days(self.clock().date(), days)

    def record(
        self, flow: InteractionFlow, form: CaseForm, shift: Shift, language: str
    ) -> NextStep:
        """Validate ``form`` (raises CaseInvalid listing every field) and keep the promise.

        A case that needs a follow-up is stored at once, before the patron leaves, so a
        crash or a power cut later in the interaction cannot lose it. Correcting the form
        again keeps the same follow-up and code.
        """
        case = validate_case(form, flow.pack.follow_up_options, self.clock().date())
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
        flow.record_next_step(next_step, tuple(option.id for option in flow.pack.options))
        return next_step

    def get(self, followup_id: int) -> FollowUp:
        return self.repo.get(followup_id)
