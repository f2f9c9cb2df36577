"""Script packs: the data that says what the desk says, and its validation.

The model (``model``), the safe YAML reader (``reader``) and the validation
(``validation``) live in modules of their own; this module is the door to them.

A pack is a YAML file (format documented in ``docs/script-pack-format.md``). Loading parses
it safely (size, depth and node limits; no Python tags), then validates it as a whole and
reports *every* problem with the line and the step it concerns, so a trainer can fix a file
in one pass. Only a pack with no problems becomes a :class:`ScriptPack`.
"""

from __future__ import annotations

from typing import Any

from desk_assistant.domain.script_pack.model import (
    MAX_PACK_BYTES,
    LocalText,
    PackError,
    Problem,
    ScriptPack,
    Step,
)
from desk_assistant.i18n import Message

__all__ = [
    "MAX_PACK_BYTES",
    "LocalText",
    "PackError",
    "Problem",
    "ScriptPack",
    "Step",
    "decode_pack_bytes",
    "parse_pack",
    "read_yaml",
]

# The reader (and YAML) and the validation are imported when a pack is parsed: a start
# that restores the active pack from its snapshot (``snapshot``) needs neither.


def read_yaml(text: str) -> tuple[Any, list[Problem]]:
    """The parsed data of pack text, with every problem found while reading it."""
    from desk_assistant.domain.script_pack import reader

    return reader.read_yaml(text)


# --- entry points -----------------------------------------------------------------------


def parse_pack(text: str) -> ScriptPack:
    """Validate pack source text; raise :class:`PackError` listing every problem."""
    from desk_assistant.domain.script_pack.validation import _Checker

    data, problems = read_yaml(text)
    if problems:
        raise PackError(problems)
    checker = _Checker()
    pack = checker.pack(data, text)
    if pack is None:
        raise PackError(checker.problems or [Problem(Message("pack.not_mapping", {}))])
    return pack


def decode_pack_bytes(raw: bytes) -> str:
    """Turn a file's bytes into pack text, refusing what is too large or not text."""
    if len(raw) > MAX_PACK_BYTES:
        raise PackError(
            [Problem(Message("pack.too_large", {"size": len(raw), "limit": MAX_PACK_BYTES}))]
        )
    if b"\x00" in raw:
        raise PackError([Problem(Message("pack.not_text", {}))])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError([Problem(Message("pack.not_text", {}))]) from exc
