"""Messages to a patron about their follow-up: templates filled, WhatsApp links."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from desk_assistant.domain.flow import fill, greeting_period
from desk_assistant.domain.script_pack import ScriptPack


def message_values(
    pack: ScriptPack,
    lang: str,
    moment: datetime,
    *,
    code: str,
    library: str,
    staff: str,
    patron: str,
    item: str,
    news: str,
    date_text: str = "",
) -> dict[str, str]:
    greeting = pack.greetings.get(greeting_period(moment.time()))
    return {
        "greeting": greeting.get(lang) if greeting else "",
        "code": code,
        "library": library,
        "staff": staff,
        "patron": patron,
        "item": item,
        "news": news,
        "date": date_text,
    }


def render_message(pack: ScriptPack, kind: str, lang: str, values: dict[str, str]) -> str:
    """The pack's ``kind`` template (whatsapp, sms, email_subject, email_body) filled in."""
    if pack.follow_up is None:
        return ""
    return fill(pack.follow_up.messages[kind].get(lang), values)


def call_script(pack: ScriptPack, lang: str, values: dict[str, str]) -> list[str]:
    if pack.follow_up is None:
        return []
    return [fill(text.get(lang), values) for _, text in pack.follow_up.call_script]


def whatsapp_link(e164: str, text: str) -> str:
    """``https://wa.me/<number without +>?text=<message, percent-encoded>``."""
    number = "".join(ch for ch in e164 if ch.isdigit())
    return f"https://wa.me/{number}?text={quote(text, safe='')}"
