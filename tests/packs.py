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
