"""One interaction at the desk, as a state machine over a script pack's steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.followup import UnavailableCase
from desk_assistant.domain.script_pack import LocalText, ScriptPack, Step
from desk_assistant.domain.vocabulary import Need, Outcome, Segment
from desk_assistant.i18n import Lang, format_date


def greeting_period(moment: time) -> str:
    """Indonesian time of day: pagi until 11, siang until 15, sore until 18, then malam."""
    if 4 <= moment.hour < 11:
        return "morning"
    if 11 <= moment.hour < 15:
        return "midday"
    if 15 <= moment.hour < 18:
        return "afternoon"
    return "evening"


class _KeepUnknown(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, values: dict[str, Any]) -> str:
    """Fill ``{placeholders}``; any without a value stays as written."""
    try:
        return template.format_map(_KeepUnknown(values))
    except (ValueError, IndexError, AttributeError):
        return template


@dataclass(frozen=True)
class Prompt:
    """What the desk view shows for the current step."""

    step_id: str
    phase_index: int
    text: str
    hint: str
    choices: tuple[str, ...]
    can_advance: bool
    can_go_back: bool
    is_end: bool


@dataclass(frozen=True)
class _Visit:
    step_id: str
    need: Need | None
    unavailable: bool = False


@dataclass(frozen=True)
class NextStep:
    """The unavailable-material case the patron leaves with, and its reference code."""

    case: UnavailableCase
    code: str | None = None
    followup_id: int | None = None


class InteractionFlow:
    """Walks one patron's interaction through a pack: advance, choose, go back."""

    def __init__(self, pack: ScriptPack, clock: Clock, segment: Segment = Segment.GENERAL) -> None:
        self.pack = pack
        self.segment = segment
        self._clock = clock
        # The interaction starts when the librarian first moves on from the greeting, so
        # the time a greeting waits for the next patron is not counted.
        self.started_at: datetime | None = None
        self._path: list[_Visit] = [_Visit(pack.start, None)]
        self.walked: list[str] = [pack.start]
        self.next_step: NextStep | None = None
        # Options explained or chosen in the checklist (the statistics' "offered").
        self.offered: tuple[str, ...] = ()

    @classmethod
    def at_step(
        cls, pack: ScriptPack, clock: Clock, step_id: str, segment: Segment = Segment.GENERAL
    ) -> InteractionFlow:
        """A flow standing on ``step_id`` (for previews and practice from any step)."""
        flow = cls(pack, clock, segment)
        flow._path = [_Visit(step_id, None)]
        flow.walked = [step_id]
        return flow

    # --- state ---------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.pack.step(self._path[-1].step_id)

    @property
    def needs(self) -> list[Need]:
        return [visit.need for visit in self._path if visit.need is not None]

    @property
    def need(self) -> Need | None:
        needs = self.needs
        return needs[0] if needs else None

    @property
    def at_end(self) -> bool:
        return self.step.end

    @property
    def touched(self) -> bool:
        """Is a patron being served? Past the greeting (and not walked back to it), or with
        a next step already recorded. A flow walked back to its greeting holds nobody: it
        is neither stored nor asked about (the rule: an interaction counts once the patron
        was greeted and served beyond the greeting)."""
        return len(self._path) > 1 or self.next_step is not None

    @property
    def unavailable(self) -> bool:
        """Was the requested material marked unavailable (and not stepped back from)?"""
        return any(
            visit.unavailable or self.pack.step(visit.step_id).unavailable for visit in self._path
        )

    @property
    def requests_follow_up(self) -> bool:
        """Did the walk pass a step that takes contact details for a follow-up?"""
        return any(self.pack.step(visit.step_id).follow_up for visit in self._path)

    @property
    def needs_next_step(self) -> bool:
        """Unavailable material, or a follow-up asked for, and no next step recorded yet:
        closing is refused."""
        return (self.unavailable or self.requests_follow_up) and self.next_step is None

    @property
    def can_mark_unavailable(self) -> bool:
        """In the serve phase, with options to offer; not while a complaint or request is
        being followed up (its own form takes the promise)."""
        return (
            bool(self.pack.options)
            and self.step.phase == self._serve_phase()
            and not self.requests_follow_up
        )

    def mark_unavailable(self) -> bool:
        """The librarian says the material is not available (serve phase only); again, to
        bring back a checklist set aside."""
        if not self.can_mark_unavailable:
            return False
        last = self._path[-1]
        self._path[-1] = _Visit(last.step_id, last.need, True)
        return True

    def _serve_phase(self) -> str | None:
        phases = [phase.id for phase in self.pack.phases]
        return phases[-2] if len(phases) >= 2 else None

    def record_next_step(self, next_step: NextStep, offered: tuple[str, ...]) -> None:
        self.next_step = next_step
        self.offered = offered

    def outcome(self) -> Outcome:
        """How the interaction ends if it is finished now."""
        if self.step.outcome is not None:
            return self.step.outcome
        if self.next_step is not None and self.unavailable:
            if self.next_step.case.declined:
                return Outcome.DECLINED_OPTIONS
            return Outcome.NEXT_STEP_GIVEN
        if Need.COMPLAINT in self.needs:
            return Outcome.COMPLAINT_RECORDED
        return Outcome.SERVED

    # --- kept across a quit ---------------------------------------------------------------

    def walk(self) -> tuple[tuple[str, str | None, bool], ...]:
        """Where the flow stands: each visited step, the need its choice set, and whether
        the material was marked unavailable there (see :meth:`resumed`)."""
        return tuple(
            (visit.step_id, visit.need.value if visit.need else None, visit.unavailable)
            for visit in self._path
        )

    @classmethod
    def resumed(
        cls,
        pack: ScriptPack,
        clock: Clock,
        walk: tuple[tuple[str, str | None, bool], ...],
        segment: Segment = Segment.GENERAL,
    ) -> InteractionFlow | None:
        """A new interaction standing where ``walk`` stood, or None when ``pack`` no longer
        has those steps (the pack changed in between)."""
        if not walk or walk[0][0] != pack.start or any(s not in pack.steps for s, _, _ in walk):
            return None
        flow = cls(pack, clock, segment)
        try:
            flow._path = [_Visit(s, Need(n) if n else None, bool(u)) for s, n, u in walk]
        except ValueError:
            return None
        flow.walked = [visit.step_id for visit in flow._path]
        flow.started_at = clock()
        return flow

    # --- moves ---------------------------------------------------------------------------

    def advance(self) -> bool:
        """Go to the step's ``next``; False where the step has choices, is the end, or the
        move would close while the patron has no next step (see ``blocked``)."""
        target = self.step.next
        if target is None:
            return False
        return self._go(target, None)

    def choose(self, number: int) -> bool:
        """Pick choice ``number`` (1-based, as the keys 1–9); False if there is none."""
        choices = self.step.choices
        if not 1 <= number <= len(choices):
            return False
        choice = choices[number - 1]
        return self._go(choice.next, choice.need)

    def blocks(self, target: str) -> bool:
        """Would moving to ``target`` close the interaction with no next step?"""
        closing = self.pack.step(target).phase == self.pack.phases[-1].id
        return closing and self.needs_next_step

    def back(self) -> bool:
        """Return to the previous step, undoing the need its choice recorded."""
        if len(self._path) < 2:
            return False
        self._path.pop()
        self.walked.append(self._path[-1].step_id)
        if not self.touched:
            # Back at the greeting with nothing recorded: the next patron starts afresh.
            self.walked = [self._path[-1].step_id]
            self.started_at = None
        return True

    def walk_to_follow_up(self) -> bool:
        """Walk the shortest way from here to the first step that takes a follow-up (a
        complaint or request), as if the librarian had chosen it: a patron's suggestion
        that asks for an answer is followed up like a complaint. False (nothing moves) when
        the pack has no such step within reach before the close."""
        closing = self.pack.phases[-1].id
        start = self._path[-1].step_id
        came: dict[str, tuple[str, Need | None] | None] = {start: None}
        queue = [start]
        while queue:
            current = queue.pop(0)
            step = self.pack.step(current)
            if step.follow_up and current != start:
                route: list[tuple[str, Need | None]] = []
                while (prior := came[current]) is not None:
                    route.append((current, prior[1]))
                    current = prior[0]
                for target, need in reversed(route):
                    self._go(target, need)
                return True
            moves = [(c.next, c.need) for c in step.choices]
            if step.next:
                moves.append((step.next, None))
            for target, need in moves:
                if target not in came and self.pack.step(target).phase != closing:
                    came[target] = (current, need)
                    queue.append(target)
        return False

    def _go(self, target: str, need: Need | None) -> bool:
        if self.blocks(target):
            return False
        if self.started_at is None:
            self.started_at = self._clock()
        self._path.append(_Visit(target, need))
        self.walked.append(target)
        return True

    # --- the read-back at the close ------------------------------------------------------

    def readback(self, lang: Lang | str) -> str:
        """What the librarian reads back at the desk: "Jadi, langkah selanjutnya: …" with
        the date and the code, or "" if no next step was recorded."""
        said = self._next_step(lang)
        readback = self.pack.unavailable.readback if self.pack.unavailable else None
        declined = self.next_step is not None and self.next_step.case.declined
        if not said or readback is None or readback.opener is None or declined:
            return said
        return f"{readback.opener.get(lang)} {said}"

    def next_step_text(self, lang: Lang | str) -> str:
        """The next step as the patron's slip states it (no spoken opener), or ""."""
        said = self._next_step(lang)
        return said[:1].upper() + said[1:]

    def _next_step(self, lang: Lang | str) -> str:
        if self.next_step is None or self.pack.unavailable is None:
            return ""
        case = self.next_step.case
        texts = self.pack.unavailable.readback
        if case.declined:
            return texts.declined.get(lang)
        steps = "; ".join(self.pack.option(o).next_step.get(lang) for o in case.options)
        values = {
            "next_step": steps,
            "code": self.next_step.code or "",
            "date": format_date(case.due, lang) if case.due else "",
        }
        if not case.needs_follow_up:
            template = texts.no_follow_up
        elif case.contact is None:
            template = texts.no_contact
        else:
            template = texts.follow_up
        return fill(template.get(lang), values)

    # --- rendering -----------------------------------------------------------------------

    def prompt(
        self, lang: Lang | str, moment: datetime, values: dict[str, Any] | None = None
    ) -> Prompt:
        step = self.step
        return render_step(self.pack, step, self.segment, lang, moment, values, len(self._path) > 1)


def render_step(
    pack: ScriptPack,
    step: Step,
    segment: Segment,
    lang: Lang | str,
    moment: datetime,
    values: dict[str, Any] | None = None,
    can_go_back: bool = False,
) -> Prompt:
    """The prompt for ``step`` in ``lang`` for ``segment``, placeholders filled."""
    greeting = pack.greetings.get(greeting_period(moment.time()))
    filled: dict[str, Any] = {"greeting": greeting.get(lang) if greeting else ""}
    filled.update(values or {})
    hint: LocalText | None = step.hint_for(segment)
    return Prompt(
        step_id=step.id,
        phase_index=pack.phase_index(step.phase),
        text=fill(step.text_for(segment).get(lang), filled),
        hint=fill(hint.get(lang), filled) if hint is not None else "",
        choices=tuple(fill(choice.label.get(lang), filled) for choice in step.choices),
        can_advance=step.next is not None or step.end,
        can_go_back=can_go_back,
        is_end=step.end,
    )
