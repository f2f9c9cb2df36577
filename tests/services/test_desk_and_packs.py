"""Shifts, storing interactions, and keeping the last good pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_assistant.app import build_services
from desk_assistant.domain.script_pack import PackError
from desk_assistant.domain.vocabulary import Need, Outcome
from desk_assistant.errors import ValidationError
from desk_assistant.storage.interactions import InteractionRepository
from tests.conftest import FakeClock, act_as
from tests.packs import MINIMAL


def test_shift_requires_names(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        services.desk.start_shift("  ", "Meja 1")
    assert info.value.field == "staff"
    assert info.value.user_message("id") == "Isi nama atau inisial petugas."
    with pytest.raises(ValidationError) as info:
        services.desk.start_shift("SW", "x" * 61)
    assert info.value.field == "desk"


def test_interaction_is_stored_with_statistics_only(services, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    services.desk.start_shift("SW", "Meja 1")
    flow = services.desk.new_interaction()
    clock.advance(5)
    flow.advance()
    clock.advance(30)
    for _ in range(2):
        flow.advance()
    flow.choose(2)  # return
    record = services.desk.finish(flow, "id")
    assert record.duration_s == 30
    assert record.need is Need.RETURN
    stored = InteractionRepository(services._store.db).get(1)
    assert stored == record
    summary = services.desk.end_shift()
    assert summary.served == 1
    assert summary.by_need == {"return": 1}


def test_abandoned_interaction_is_recorded(services, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    services.desk.start_shift("SW", "Meja 1")
    flow = services.desk.new_interaction()
    flow.advance()
    record = services.desk.finish(flow, "en", abandoned=True)
    assert record.outcome is Outcome.ABANDONED
    assert services.desk.end_shift().abandoned == 1


def test_a_bad_pack_never_replaces_the_last_good(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.yaml"
    good.write_text(MINIMAL, encoding="utf-8")
    assert services.packs.load_file(good, "trainer").id == "mini"
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.replace("next: bye", "next: nowhere"), encoding="utf-8")
    with pytest.raises(PackError):
        services.packs.load_file(bad, "trainer")
    assert services.packs.active.id == "mini"
    with pytest.raises(PackError) as info:
        services.packs.load_file(tmp_path / "missing.yaml", "trainer")
    assert info.value.problems[0].key == "pack.file_unreadable"
    assert services.packs.active.id == "mini"


def test_active_pack_survives_a_restart(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "desk.db"
    pack_file = tmp_path / "mini.yaml"
    pack_file.write_text(MINIMAL, encoding="utf-8")
    first = build_services(path, clock)
    act_as(first, "trainer", "Pelatih")
    assert first.packs.active.id == "layanan-prima"
    first.packs.load_file(pack_file, "trainer")
    first.close()
    second = build_services(path, clock)
    assert second.packs.active.id == "mini"
    second.close()


def test_a_shift_left_open_is_found_resumed_or_ended_at_its_last_patron(services, clock) -> None:  # type: ignore[no-untyped-def]
    """A quit or a crash leaves the shift open; the next start resumes it or ends it, and
    its summary counts everything it served."""
    desk = services.desk
    started = desk.start_shift("SW", "Meja 1")
    for _ in range(3):
        flow = desk.new_interaction()
        flow.advance()
        clock.advance(60)
        desk.finish(flow, "id")
    last = clock()
    desk.shift = None  # the application stopped without ending the shift
    clock.advance(6 * 3600)
    assert desk.open_shift("Meja Lain") is None
    left = desk.open_shift("Meja 1")
    assert left is not None and left.shift.id == started.id and left.served == 3
    desk.resume_shift(left.shift)
    assert desk.shift is not None and desk.shift.id == started.id
    flow = desk.new_interaction()
    flow.advance()
    desk.finish(flow, "id")
    fourth = clock()
    desk.shift = None  # stopped again
    clock.advance(3600)
    summary = desk.end_left_open(started)
    assert summary.served == 4  # the whole shift, before and after the restart
    assert summary.shift.ended_at == fourth  # its last interaction, not the hour after
    assert last < fourth < clock()
    assert desk.open_shift("Meja 1") is None
