"""Text in the user's language, without Qt: messages, labels, dates and numbers.

There is one catalog of every user-visible text: the Qt Linguist source
``resources/translations/desk_assistant_<lang>.ts`` (top level), compiled when the package is built
(``desk_assistant/catalogs.py``). The interface declares its texts with Qt's ``tr()``; the domain,
services, exports and command line declare theirs, in English, with
:func:`QT_TRANSLATE_NOOP` (messages by key in ``message_texts.MESSAGES``, with ``{placeholders}``;
the domain's labels beside their enums). Both Qt (``ui.translations``) and this module
read the same compiled catalog.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from desk_assistant.resource import resource

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Mark ``text`` (English) for the catalog under ``context``; returns it unchanged.

    Every user-visible text is declared once, in English, with this mark (or Qt's
    ``tr()``); ``tools/i18n.py update`` collects them into the ``.ts`` catalog, where the
    translations live, and the build compiles it (see :func:`load_catalog`)."""
    return text


class Lang(StrEnum):
    """The languages of the user interface and of script packs."""

    ID = "id"
    EN = "en"


DEFAULT_LANG = Lang.ID


_DAYS = (
    QT_TRANSLATE_NOOP("Dates", "Monday"),
    QT_TRANSLATE_NOOP("Dates", "Tuesday"),
    QT_TRANSLATE_NOOP("Dates", "Wednesday"),
    QT_TRANSLATE_NOOP("Dates", "Thursday"),
    QT_TRANSLATE_NOOP("Dates", "Friday"),
    QT_TRANSLATE_NOOP("Dates", "Saturday"),
    QT_TRANSLATE_NOOP("Dates", "Sunday"),
)
_SHORT_DAYS = (
    QT_TRANSLATE_NOOP("Dates", "Mon"),
    QT_TRANSLATE_NOOP("Dates", "Tue"),
    QT_TRANSLATE_NOOP("Dates", "Wed"),
    QT_TRANSLATE_NOOP("Dates", "Thu"),
    QT_TRANSLATE_NOOP("Dates", "Fri"),
    QT_TRANSLATE_NOOP("Dates", "Sat"),
    QT_TRANSLATE_NOOP("Dates", "Sun"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January"),
    QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"),
    QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"),
    QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"),
    QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"),
    QT_TRANSLATE_NOOP("Dates", "December"),
)


def text(context: str, english: str, lang: Lang | str = DEFAULT_LANG) -> str:
    """``english`` (declared with :func:`QT_TRANSLATE_NOOP` under ``context``) in ``lang``;
    the English itself where the catalog has no translation."""
    if Lang(lang) is Lang.EN:
        return english
    catalog = load_catalog(Lang(lang).value)
    if catalog is None:
        return english
    return catalog.contexts.get(context, {}).get(english, english)


def labels(names: Mapping[Any, str], lang: Lang | str, context: str = "Labels") -> dict[str, str]:
    """Code → name in ``lang``, for a table of English names (keys as their string value)."""
    return {str(code): text(context, name, lang) for code, name in names.items()}


def format_date(day: date, lang: Lang | str = DEFAULT_LANG, weekday: bool = True) -> str:
    """``Kamis, 26 November 2026`` / ``Thursday, 26 November 2026``."""
    month = text("Dates", _MONTHS[day.month - 1], lang)
    shown = f"{day.day} {month} {day.year}"
    return f"{text('Dates', _DAYS[day.weekday()], lang)}, {shown}" if weekday else shown


def short_day_names(lang: Lang | str = DEFAULT_LANG) -> tuple[str, ...]:
    """``Sen`` … ``Min`` / ``Mon`` … ``Sun``."""
    return tuple(text("Dates", name, lang) for name in _SHORT_DAYS)


def format_number(value: float, lang: Lang | str = DEFAULT_LANG, decimals: int = 0) -> str:
    """``12.345`` and ``92,5`` in Indonesian; ``12,345`` and ``92.5`` in English."""
    text = f"{value:,.{decimals}f}"
    if Lang(lang) is Lang.ID:
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_duration(seconds: float, lang: Lang | str = DEFAULT_LANG) -> str:
    """A time span the way every screen, sheet and report says it: ``73 detik``,
    ``2 menit 5 detik``, ``1 jam 4 menit`` (the one duration formatter)."""
    total = int(round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return translate("duration.hours", lang, h=hours, m=minutes)
    if minutes:
        return translate("duration.minutes", lang, m=minutes, s=secs)
    return translate("duration.seconds", lang, s=secs)


def format_percent(share: float | None, lang: Lang | str = DEFAULT_LANG) -> str:
    """A share 0…1 as ``92,5 %`` / ``92.5 %``; ``—`` when there is nothing to divide."""
    return "—" if share is None else f"{format_number(share * 100, lang, 1)} %"


@dataclass(frozen=True)
class Message:
    """A translatable message: a catalog key and the values for its placeholders."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: Lang | str = DEFAULT_LANG) -> str:
        return translate(self.key, lang, **self.params)


def translate(key: str, lang: Lang | str = DEFAULT_LANG, /, **params: Any) -> str:
    """Return the message ``key`` in ``lang`` with its placeholders filled."""
    # Nested messages and dates are written in the reader's language too.
    rendered = {
        name: value.render(lang)
        if isinstance(value, Message)
        else format_date(value, lang)
        if isinstance(value, date) and not isinstance(value, datetime)
        else value
        for name, value in params.items()
    }
    from desk_assistant.message_texts import MESSAGES  # the table (it marks with this module)

    return text("Messages", MESSAGES[key], lang).format(**rendered)


# --- compiled catalogs ------------------------------------------------------------------


@dataclass(frozen=True)
class Catalog:
    """A compiled translation catalog: {context: {source text: translation}}."""

    language: str
    contexts: dict[str, dict[str, str]]


# The program's own texts, and the texts of Qt's own dialogs and menus (Qt ships no
# Indonesian catalog for them).
OWN_CATALOG, QT_CATALOG = "desk_assistant", "qtbase"


@cache
def load_catalog(lang: str, name: str = OWN_CATALOG) -> Catalog | None:
    """The catalog ``name`` of ``lang`` compiled when the package was built
    (``desk_assistant/catalogs.py``), or None when this installation has none (a bad
    catalog is logged, never raised)."""
    try:
        compiled = resource(f"translations/{name}_{lang}.catalog.json")
        if compiled.is_file():
            data = json.loads(compiled.read_text("utf-8"))
        else:
            data = _from_source(lang, name)
            if data is None:
                _missing(lang, name)
                return None
        contexts = {
            str(context): {str(k): str(v) for k, v in messages.items()}
            for context, messages in data["contexts"].items()
        }
    except FileNotFoundError:
        _missing(lang, name)
        return None
    except (OSError, ValueError, SyntaxError, KeyError, AttributeError, TypeError) as exc:
        log.warning("The %s catalog cannot be read: %s", lang, exc)
        return None
    return Catalog(str(data.get("language") or lang), contexts)


def _missing(lang: str, name: str) -> None:
    """A language the program speaks, with no catalog in this installation (a bundle built
    without them): its texts would come up in English, so it is said in the log."""
    if lang != Lang.EN.value:
        log.warning("No %s %s catalog in this installation: texts stay in English", name, lang)


def _from_source(lang: str, name: str) -> dict[str, Any] | None:
    """A source tree that was never built (no ``pip install``) has no compiled catalog: read
    the ``.ts`` it ships, with the very function the build uses, and say so in the log."""
    from pathlib import Path

    from desk_assistant.catalogs import compile_ts

    source = resource(f"translations/{name}_{lang}.ts")
    if not source.is_file():
        return None
    log.warning("No compiled %s catalog (the package was not built): reading its source", lang)
    return compile_ts(Path(str(source)))
