"""A validated pack as JSON: the desk's start restores the active pack from it instead of
reading and validating its YAML again (which costs the start about 40 ms).

A snapshot names the pack source's SHA-256 and the model's shape (its classes, fields and
their types): a snapshot of another source, or of an earlier shape of the model, is not
used, and the pack is parsed from its source as before. Plain JSON, never code.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from collections.abc import Mapping
from enum import Enum
from functools import cache
from typing import Any

from desk_assistant.domain.script_pack.model import (
    Choice,
    FollowUpScript,
    LocalText,
    Option,
    Phase,
    Readback,
    ScriptPack,
    Step,
    UnavailableSettings,
    Variant,
)

_CLASSES = (
    LocalText,
    Phase,
    Choice,
    Variant,
    Step,
    Option,
    Readback,
    UnavailableSettings,
    FollowUpScript,
    ScriptPack,
)


@cache
def shape() -> str:
    """The model's shape: a snapshot taken under another shape is stale."""
    described = [
        (cls.__name__, [(f.name, str(f.type)) for f in dataclasses.fields(cls)]) for cls in _CLASSES
    ]
    return hashlib.sha256(repr(described).encode("utf-8")).hexdigest()[:16]


def take(pack: ScriptPack, source_sha256: str) -> str:
    """The snapshot of ``pack``, validated from the source with ``source_sha256``."""
    return json.dumps(
        {"shape": shape(), "sha256": source_sha256, "pack": _data(pack)},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def restore(text: str, source_sha256: str) -> ScriptPack | None:
    """The pack of a snapshot of the source with ``source_sha256``; None when the snapshot
    is of another source or shape, or unreadable (the caller parses the source)."""
    try:
        saved = json.loads(text)
        if saved.get("shape") != shape() or saved.get("sha256") != source_sha256:
            return None
        pack = _value(ScriptPack, saved["pack"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if not isinstance(pack, ScriptPack):
        return None
    if hashlib.sha256(pack.source.encode("utf-8")).hexdigest() != source_sha256:
        return None
    return pack


def _data(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_data(item) for item in value]
    if isinstance(value, Mapping):
        return [[_data(k), _data(v)] for k, v in value.items()]
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _value(kind: Any, data: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        return None if data is None else _value(options[0], data)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_value(args[0], item) for item in data)
        return tuple(_value(k, item) for k, item in zip(args, data, strict=True))
    if origin in (Mapping, dict):
        key, item = typing.get_args(kind)
        return {_value(key, k): _value(item, v) for k, v in data}
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = _hints(kind)
        return kind(**{name: _value(hints[name], v) for name, v in data.items()})
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind in (str, int, bool) and not isinstance(data, kind):
        raise TypeError(f"{kind.__name__} expected")
    return data
