"""Warnings about a valid pack: shown to the trainer, never blocking (``scripts validate
--strict`` makes them fail). What the desk would show badly, or what looks unintended."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from desk_assistant.domain.script_pack.model import Problem
from desk_assistant.domain.script_pack.reader import _line_of, key_line, read_yaml
from desk_assistant.i18n import Message

# The longest texts that still fit the desk at 1366×768 and 100 % text without pushing the
# choices below the window (measured on the desk view): the line, its hint, a choice.
LONGEST = {"text": 240, "hint": 360, "label": 60}

# A plain (unquoted) value followed by " #": YAML reads the rest of the line as a comment.
_CUT_BY_HASH = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][\w-]*:\s+[^\s\"'{\[|>#][^#]*?\s#")


def _unshowable(text: str) -> str:
    """The first character the desk's font is unlikely to show (an emoji, a pictograph),
    or ""."""
    for char in text:
        code = ord(char)
        if code > 0xFFFF or 0x2600 <= code <= 0x27BF or code == 0xFE0F:
            return char
    return ""


def _texts(data: Any) -> Iterator[tuple[str, str, Mapping[str, Any], str | None]]:
    """(field, language text, its mapping, step) of every text shown at the desk."""
    steps = data.get("steps") if isinstance(data, Mapping) else None
    for step in steps if isinstance(steps, list) else []:
        if not isinstance(step, Mapping):
            continue
        step_id = step.get("id") if isinstance(step.get("id"), str) else None
        for field in ("text", "hint"):
            if isinstance(step.get(field), Mapping):
                yield field, field, step, step_id
        for choice in step.get("choices") or []:
            if isinstance(choice, Mapping) and isinstance(choice.get("label"), Mapping):
                yield "label", "label", choice, step_id
        variants = step.get("variants")
        for variant in variants.values() if isinstance(variants, Mapping) else []:
            for field in ("text", "hint"):
                if isinstance(variant, Mapping) and isinstance(variant.get(field), Mapping):
                    yield field, field, variant, step_id


def pack_warnings(text: str) -> list[Problem]:
    """The warnings of pack source ``text`` (an invalid pack has none: its problems come
    first)."""
    data, problems = read_yaml(text)
    if problems or not isinstance(data, Mapping):
        return []
    warnings: list[Problem] = []

    def warn(key: str, line: int | None, step: str | None = None, **params: Any) -> None:
        warnings.append(Problem(Message(key, params), line=line, step=step))

    for number, source_line in enumerate(text.splitlines(), start=1):
        if _CUT_BY_HASH.match(source_line):
            warn("pack.warn_hash", number)
    phases = data.get("phases")
    used = {step.get("phase") for step in data.get("steps") or [] if isinstance(step, Mapping)}
    for phase in phases if isinstance(phases, list) else []:
        if isinstance(phase, Mapping) and phase.get("id") not in used:
            warn("pack.warn_unused_phase", _line_of(phase), phase=phase.get("id"))
    for field, _name, holder, step in _texts(data):
        texts = holder[field]
        line = _line_of(texts) or key_line(holder, field)
        values = {lang: value for lang, value in texts.items() if isinstance(value, str)}
        # One warning for what is alike in every language.
        long = [lang for lang, value in values.items() if len(value) > LONGEST[field]]
        if long:
            warn(
                "pack.warn_long",
                line,
                step,
                field=f"{field}.{'/'.join(long)}",
                length=max(len(values[lang]) for lang in long),
                limit=LONGEST[field],
            )
        odd = {lang: _unshowable(value) for lang, value in values.items()}
        odd_langs = [lang for lang, char in odd.items() if char]
        if odd_langs:
            warn(
                "pack.warn_glyph",
                line,
                step,
                field=f"{field}.{'/'.join(odd_langs)}",
                char=odd[odd_langs[0]],
            )
    return warnings
