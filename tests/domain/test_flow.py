"""The interaction state machine."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from desk_assistant.domain.flow import InteractionFlow, fill, greeting_period
from desk_assistant.domain.script_pack import parse_pack
from desk_assistant.domain.vocabulary import Need, Outcome, Segment
from tests.conftest import WIB, FakeClock
from tests.packs import default_source


@pytest.fixture
def flow(clock: FakeClock) -> InteractionFlow:
    return InteractionFlow(parse_pack(default_source()), clock)


@pytest.mark.parametrize(
    ("hour", "period"),
    [
        (4, "morning"),
        (10, "morning"),
        (11, "midday"),
        (14, "midday"),
        (15, "afternoon"),
        (17, "afternoon"),
        (18, "evening"),
        (23, "evening"),
        (2, "evening"),
    ],
)
def test_greeting_by_time_of_day(hour: int, period: str) -> None:
    assert greeting_period(time(hour, 59)) == period


def test_greeting_text_follows_the_clock(flow: InteractionFlow) -> None:
    assert flow.prompt("id", datetime(2026, 1, 1, 8, tzinfo=WIB)).text == (
        "Selamat pagi! Ada yang bisa saya bantu?"
    )
    assert flow.prompt("id", datetime(2026, 1, 1, 16, tzinfo=WIB)).text.startswith("Selamat sore")
    assert flow.prompt("en", datetime(2026, 1, 1, 19, tzinfo=WIB)).text == (
        "Good evening! How can I help you?"
    )


def test_start_time_is_when_the_greeting_is_acknowledged(
    flow: InteractionFlow, clock: FakeClock
) -> None:
    clock.advance(120)  # the greeting waits for the next patron
    assert flow.started_at is None
    flow.advance()
    assert flow.started_at == clock.now


def test_choices_record_need_and_back_undoes_it(flow: InteractionFlow) -> None:
    assert flow.choose(1) is False  # the greeting has no choices
    flow.advance()
    flow.advance()
    flow.advance()
    assert flow.step.id == "need"
    assert flow.advance() is False  # a choice is needed
    assert flow.choose(10) is False
    assert flow.choose(1)
    assert flow.need is Need.BORROW
    assert flow.back()
    assert flow.need is None
    assert flow.step.id == "need"
    flow.choose(7)
    assert flow.need is Need.COMPLAINT
    assert flow.walked[-3:] == ["borrow", "need", "complaint_listen"]


def test_outcome_for_complaint_and_service(flow: InteractionFlow) -> None:
    assert flow.outcome() is Outcome.SERVED
    for _ in range(3):
        flow.advance()
    flow.choose(7)
    assert flow.outcome() is Outcome.COMPLAINT_RECORDED


def test_segment_variant_changes_text(clock: FakeClock) -> None:
    pack = parse_pack(default_source())
    child = InteractionFlow(pack, clock, Segment.CHILD)
    moment = datetime(2026, 1, 1, 9, tzinfo=WIB)
    assert "Kakak" in child.prompt("id", moment).text
    general = InteractionFlow(pack, clock)
    assert "Kakak" not in general.prompt("id", moment).text


def test_fill_keeps_unknown_placeholders() -> None:
    assert fill("{greeting}, {code}", {"greeting": "Halo"}) == "Halo, {code}"


def test_walking_back_to_the_greeting_leaves_no_patron(clock) -> None:  # type: ignore[no-untyped-def]
    """→ then ← at the greeting is a slip of the hand, not a patron: nothing to store."""
    from desk_assistant.domain.flow import InteractionFlow
    from desk_assistant.domain.script_pack import parse_pack
    from desk_assistant.services.packs import default_pack_source

    flow = InteractionFlow(parse_pack(default_pack_source()), clock)
    assert flow.advance() and flow.touched and flow.started_at is not None
    assert flow.back()
    assert not flow.touched and flow.walked == [flow.pack.start] and flow.started_at is None
    assert flow.advance() and flow.advance() and flow.back()
    assert flow.touched  # one step back, still past the greeting: a patron is there


def test_a_suggestion_walks_to_the_complaint_follow_up(flow: InteractionFlow, clock) -> None:  # type: ignore[no-untyped-def]
    from tests.packs import MINIMAL

    assert flow.walk_to_follow_up()
    assert flow.step.follow_up and flow.requests_follow_up
    assert flow.need is Need.COMPLAINT and flow.started_at is not None
    assert not flow.walk_to_follow_up()  # already there: nothing further
    # A pack without a follow-up step: nothing moves.
    bare = InteractionFlow(parse_pack(MINIMAL), clock)
    assert not bare.walk_to_follow_up() and not bare.touched
