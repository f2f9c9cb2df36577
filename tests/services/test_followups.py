"""Recording the next step: the follow-up stored, codes never reused, statistics."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desk_assistant.app import build_services
from desk_assistant.domain.followup import CaseForm, CaseInvalid, Channel, Status
from desk_assistant.domain.vocabulary import Outcome
from desk_assistant.storage.followups import FollowUpRepository
from desk_assistant.storage.interactions import InteractionRepository
from tests.conftest import FakeClock


def at_unavailable(services):  # type: ignore[no-untyped-def]
    flow = services.desk.new_interaction()
    for _ in range(3):
        flow.advance()
    flow.choose(4)  # find
    flow.choose(2)  # not available
    assert flow.unavailable and flow.needs_next_step
    return flow


def test_closing_is_refused_until_the_patron_has_a_next_step(services) -> None:  # type: ignore[no-untyped-def]
    flow = at_unavailable(services)
    assert flow.advance() is False
    assert flow.step.id == "find_unavailable"


def test_record_follow_up_with_consent(services, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    shift = services.desk.start_shift("SW", "Meja 1")
    flow = at_unavailable(services)
    form = CaseForm(
        title="Laskar Pelangi",
        author="Andrea Hirata",
        options=("hold", "call_back"),
        explained=("purchase", "hold"),  # "hold" chosen after all: counted once, as chosen
        consent=True,
        name="Budi Santoso",
        phone="0812 3456 7890",
        channel=Channel.WHATSAPP,
        due=services.followups.default_due(flow),
    )
    next_step = services.followups.record(flow, form, shift, "id")
    assert next_step.code is not None and next_step.code.startswith("TL-")
    stored = FollowUpRepository(services._store.db).get(next_step.followup_id)
    assert stored.code == next_step.code
    assert stored.status is Status.OPEN
    assert stored.due == date(2026, 11, 26)  # Tuesday + 2 working days
    assert stored.options == ("hold", "call_back")
    assert stored.consent is True
    assert stored.contact is not None and stored.contact.phone is not None
    assert stored.contact.phone.e164 == "+6281234567890"
    assert flow.advance()  # now it may close
    flow.choose(1)
    record = services.desk.finish(flow, "id")
    assert record.outcome is Outcome.NEXT_STEP_GIVEN
    interaction = InteractionRepository(services._store.db).get(1)
    assert interaction.unavailable and interaction.next_step is True
    assert interaction.options_chosen == ("hold", "call_back")
    assert interaction.options_offered == ("hold", "purchase", "call_back")  # pack order
    assert FollowUpRepository(services._store.db).get(stored.id).interaction_id == 1
    assert [e.kind for e in FollowUpRepository(services._store.db).events(stored.id)] == ["created"]


def test_no_consent_stores_no_contact(services) -> None:  # type: ignore[no-untyped-def]
    shift = services.desk.start_shift("SW", "Meja 1")
    flow = at_unavailable(services)
    form = CaseForm(
        title="Bumi Manusia",
        options=("interlibrary_loan",),
        consent=False,
        name="Budi",
        phone="0812 3456 7890",
        due=services.followups.default_due(flow),
    )
    next_step = services.followups.record(flow, form, shift, "id")
    row = services._store.db.execute(
        "SELECT patron_name, phone, email, channel, consent FROM followups WHERE id = ?",
        (next_step.followup_id,),
    ).fetchone()
    assert row == (None, None, None, None, 0)
    assert "Kode Anda" in flow.readback("id") and next_step.code in flow.readback("id")


def test_declined_records_no_follow_up(services) -> None:  # type: ignore[no-untyped-def]
    shift = services.desk.start_shift("SW", "Meja 1")
    flow = at_unavailable(services)
    next_step = services.followups.record(
        flow, CaseForm(title="Cantik Itu Luka", declined=True), shift, "en"
    )
    assert next_step.code is None
    assert FollowUpRepository(services._store.db).count() == 0
    flow.advance()
    flow.choose(1)
    services.desk.finish(flow, "en")
    interaction = InteractionRepository(services._store.db).get(1)
    assert interaction.outcome is Outcome.DECLINED_OPTIONS
    assert interaction.next_step is False
    assert interaction.options_chosen == ()


def test_invalid_form_stores_nothing(services) -> None:  # type: ignore[no-untyped-def]
    shift = services.desk.start_shift("SW", "Meja 1")
    flow = at_unavailable(services)
    with pytest.raises(CaseInvalid):
        services.followups.record(flow, CaseForm(title="", options=("hold",)), shift, "id")
    assert FollowUpRepository(services._store.db).count() == 0
    assert flow.needs_next_step


def test_correcting_the_form_keeps_the_code(services) -> None:  # type: ignore[no-untyped-def]
    shift = services.desk.start_shift("SW", "Meja 1")
    flow = at_unavailable(services)
    due = services.followups.default_due(flow)
    first = services.followups.record(
        flow, CaseForm(title="Laskr", options=("hold",), due=due), shift, "id"
    )
    second = services.followups.record(
        flow, CaseForm(title="Laskar Pelangi", options=("hold",), due=due), shift, "id"
    )
    assert first.code == second.code
    repo = FollowUpRepository(services._store.db)
    assert repo.count() == 1
    assert repo.get(second.followup_id).item.title == "Laskar Pelangi"
    assert [e.kind for e in repo.events(second.followup_id)] == ["created", "edited"]


def test_codes_survive_a_restart(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "desk.db"
    seen: list[str] = []
    for _ in range(3):
        services = build_services(path, clock)
        repo = FollowUpRepository(services._store.db)
        seen.extend(repo.reserve_code() for _ in range(50))
        services.close()
    assert len(seen) == len(set(seen)) == 150
