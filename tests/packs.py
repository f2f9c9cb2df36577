"""Small packs for tests, built from text so every case shows exactly what it breaks."""

from __future__ import annotations

from desk_assistant.services.packs import default_pack_source

MINIMAL = """\
format_version: 1
id: mini
version: 1
name: {id: Mini, en: Mini}
languages: [id, en]
phases:
  - id: greet
    label: {id: Sambut, en: Greet}
  - id: close
    label: {id: Tutup, en: Close}
greetings:
  morning: {id: Selamat pagi, en: Good morning}
  midday: {id: Selamat siang, en: Good afternoon}
  afternoon: {id: Selamat sore, en: Good afternoon}
  evening: {id: Selamat malam, en: Good evening}
start: hello
steps:
  - id: hello
    phase: greet
    text: {id: "{greeting}!", en: "{greeting}!"}
    next: ask
  - id: ask
    phase: greet
    text: {id: "Ada lagi?", en: "Anything else?"}
    choices:
      - label: {id: Tidak, en: No}
        next: bye
      - label: {id: Ya, en: Yes}
        next: hello
  - id: bye
    phase: close
    text: {id: Terima kasih, en: Thank you}
    end: true
"""


def default_source() -> str:
    return default_pack_source()


def make_followup(  # type: ignore[no-untyped-def]
    services,
    title: str = "Laskar Pelangi",
    name: str | None = "Budi Santoso",
    phone: str = "0812-3456-7890",
    due=None,
    desk: str = "Meja 1",
    staff: str = "SW",
    email: str | None = None,
):
    """Store a follow-up as the checklist would, and return it."""
    from desk_assistant.domain.followup import (
        Channel,
        Contact,
        Item,
        Reason,
        UnavailableCase,
        parse_phone,
    )

    channel = Channel.EMAIL if email else Channel.WHATSAPP
    contact = Contact(name, channel, parse_phone(phone), email) if name else None
    case = UnavailableCase(
        reason=Reason.ON_LOAN,
        item=Item(title, "Andrea Hirata"),
        options=("hold",),
        declined=False,
        needs_follow_up=True,
        consent=contact is not None,
        contact=contact,
        due=due or services.clock().date(),
    )
    repo = services.followups.repo
    return repo.create(repo.reserve_code(), case, desk, staff, "id", services.clock())
