"""The follow-up queue: dates, search, statuses, attempts, flags, reveals, messages."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import unquote

import pytest

from desk_assistant.domain.followup import Attempt, Status
from desk_assistant.domain.messages import message_values, render_message, whatsapp_link
from desk_assistant.domain.queue import QueueFilter, When
from desk_assistant.errors import ValidationError
from tests.conftest import FakeClock
from tests.packs import make_followup


@pytest.fixture
def three(services, clock: FakeClock):  # type: ignore[no-untyped-def]
    today = clock().date()
    past = make_followup(services, "Bumi Manusia", "Siti Aminah", due=today - timedelta(days=3))
    now = make_followup(services, "Laskar Pelangi", "Budi Santoso", due=today)
    future = make_followup(services, "Laut Bercerita", "Dewi Lestari", due=today + timedelta(2))
    return past, now, future


def codes(services, filt: QueueFilter) -> list[str]:  # type: ignore[no-untyped-def]
    return [row.code for row in services.followups.page(filt, 100)]


def test_dates_land_in_overdue_today_upcoming(services, three) -> None:  # type: ignore[no-untyped-def]
    past, now, future = three
    assert codes(services, QueueFilter(when=When.OVERDUE)) == [past.code]
    assert codes(services, QueueFilter(when=When.TODAY)) == [now.code]
    assert codes(services, QueueFilter(when=When.UPCOMING)) == [future.code]
    assert codes(services, QueueFilter()) == [past.code, now.code, future.code]  # by date
    assert services.followups.headline() == (1, 1)


def test_the_clock_moves_the_buckets(services, three, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    _, now, _ = three
    clock.advance(24 * 3600)
    assert now.code in codes(services, QueueFilter(when=When.OVERDUE))


def test_search_by_code_item_and_name(services, three) -> None:  # type: ignore[no-untyped-def]
    past, now, future = three
    assert codes(services, QueueFilter(search=now.code)) == [now.code]
    assert codes(services, QueueFilter(search=now.code.lower().replace("-", " "))) == [now.code]
    assert codes(services, QueueFilter(search=now.code[3:])) == [now.code]
    assert codes(services, QueueFilter(search="laskar")) == [now.code]
    assert codes(services, QueueFilter(search="Pelangi Lask")) == [now.code]
    assert codes(services, QueueFilter(search="siti")) == [past.code]
    assert codes(services, QueueFilter(search="dewi les")) == [future.code]
    assert codes(services, QueueFilter(search="Hirata")) == [past.code, now.code, future.code]
    assert codes(services, QueueFilter(search="nobody")) == []
    assert codes(services, QueueFilter(search='"; DROP TABLE followups; --')) == []
    assert codes(services, QueueFilter(search="***")) == []


def test_status_changes_are_stored_with_who_when_why(services, three, clock) -> None:  # type: ignore[no-untyped-def]
    _, now, _ = three
    service = services.followups
    with pytest.raises(ValidationError) as info:
        service.change_status(now.id, Status.CANCELLED, "SW", "")
    assert info.value.message.key == "status.reason_required"
    clock.advance(60)
    changed = service.change_status(now.id, Status.RESOLVED, "AR", "buku diambil")
    assert changed.status is Status.RESOLVED and changed.closed_at == clock.now
    event = service.repo.events(now.id)[-1]
    assert (event.kind, event.by, event.at) == ("status", "AR", clock.now)
    assert event.detail == {"from": "open", "to": "resolved", "reason": "buku diambil"}
    assert now.code not in codes(services, QueueFilter())  # closed: not in the active queue
    assert codes(services, QueueFilter(statuses=(Status.RESOLVED,))) == [now.code]
    with pytest.raises(ValidationError):
        service.change_status(now.id, Status.IN_PROGRESS, "AR", "x")  # closed → reopen only
    reopened = service.change_status(now.id, Status.OPEN, "AR", "pemustaka menelepon lagi")
    assert reopened.status is Status.OPEN and reopened.closed_at is None


def test_attempts_are_stored_and_flag_after_n_failures(services, three, clock) -> None:  # type: ignore[no-untyped-def]
    _, now, _ = three
    service = services.followups
    assert service.flag_after == 3
    clock.advance(30)
    after = service.log_attempt(now.id, Attempt.CALLED_NO_ANSWER, "SW", "  coba lagi  sore ")
    assert after.status is Status.IN_PROGRESS  # the first attempt starts the work
    events = service.repo.events(now.id)
    assert [(e.kind, e.by, e.at) for e in events[-2:]] == [
        ("attempt", "SW", clock.now),
        ("status", "SW", clock.now),
    ]
    assert events[-2].detail == {"attempt": "called_no_answer", "note": "coba lagi sore"}
    service.log_attempt(now.id, Attempt.WHATSAPP_SENT, "SW")
    service.log_attempt(now.id, Attempt.CALLED_WRONG_NUMBER, "SW")
    assert not service.is_flagged(service.get(now.id))
    assert codes(services, QueueFilter(flagged_only=True)) == []
    flagged = service.log_attempt(now.id, Attempt.CALLED_LEFT_MESSAGE, "AR")
    assert (flagged.attempts, flagged.failed_attempts) == (4, 3)
    assert service.is_flagged(flagged)
    assert codes(services, QueueFilter(flagged_only=True)) == [now.code]
    service.set_flag_after(5)
    assert not service.is_flagged(service.get(now.id))


def test_reveal_is_recorded_without_the_data(services, three, clock) -> None:  # type: ignore[no-untyped-def]
    _, now, _ = three
    contact = services.followups.reveal(now.id, "SW", "view")
    assert contact.name == "Budi Santoso"
    event = services.followups.repo.events(now.id)[-1]
    assert (event.kind, event.by, event.detail) == ("reveal", "SW", {"purpose": "view"})
    raw = services._store.db.execute("SELECT detail FROM followup_events").fetchall()
    assert not any("Budi" in r[0] or "3456" in r[0] for r in raw)


def test_whatsapp_link_has_number_without_plus_and_encoded_text(services, three, clock) -> None:  # type: ignore[no-untyped-def]
    _, now, _ = three
    pack = services.packs.active
    values = message_values(
        pack,
        "id",
        clock(),
        code=now.code,
        library="Perpustakaan Kota",
        staff="SW",
        patron="Budi Santoso",
        item=now.item.title,
        news="bukunya sudah ada & siap diambil",
    )
    text = render_message(pack, "whatsapp", "id", values)
    assert now.code in text and "Laskar Pelangi" not in text  # no title in a message
    assert text.startswith("Selamat pagi, Bapak/Ibu Budi Santoso.")  # addressed politely
    link = whatsapp_link("+6281234567890", text)
    assert link.startswith("https://wa.me/6281234567890?text=")
    encoded = link.split("?text=", 1)[1]
    assert " " not in encoded and "&" not in encoded and "+" not in encoded
    assert unquote(encoded) == text
