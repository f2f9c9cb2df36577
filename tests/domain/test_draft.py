"""A checklist kept across a quit: written and read back whole, its walk resumed."""

from __future__ import annotations

from datetime import date

from desk_assistant.domain.draft import Draft
from desk_assistant.domain.flow import InteractionFlow
from desk_assistant.domain.followup import CaseForm, Channel, Reason
from desk_assistant.domain.script_pack import parse_pack
from desk_assistant.domain.vocabulary import Segment
from tests.conftest import FakeClock
from tests.packs import default_source


def test_a_draft_reads_back_as_written() -> None:
    form = CaseForm(
        reason=Reason.MISSING,
        title="Laskar Pelangi “1”",
        author="Andrea Hirata",
        call_number="899.221 HIR l",
        options=("hold", "call_back"),
        consent=True,
        name="Budi Santoso",
        phone="0812-3456-7890",
        channel=Channel.WHATSAPP,
        due=date(2026, 12, 3),
    )
    walk = (("greet", None, False), ("need", "find", False), ("find_unavailable", None, True))
    draft = Draft(form, False, walk, Segment.STUDENT)
    assert Draft.from_json(draft.to_json()) == draft
    assert Draft.from_json("") is None
    assert Draft.from_json("{not json") is None
    assert Draft.from_json('{"form": {}}') is None


def test_a_walk_resumes_only_on_the_steps_the_pack_still_has(clock: FakeClock) -> None:
    pack = parse_pack(default_source())

    flow = InteractionFlow(pack, clock)
    flow.advance()
    flow.advance()
    flow.advance()
    flow.choose(4)
    flow.choose(2)
    assert flow.unavailable
    again = InteractionFlow.resumed(pack, clock, flow.walk())
    assert again is not None and again.unavailable and again.touched
    assert again.step.id == flow.step.id and again.needs == flow.needs
    gone = (*flow.walk()[:-1], ("a_step_since_removed", None, False))
    assert InteractionFlow.resumed(pack, clock, gone) is None
    assert InteractionFlow.resumed(pack, clock, ()) is None
