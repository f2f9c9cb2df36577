"""Editing a pack's texts as data: change a text, dump it back to YAML, bump the version."""

from __future__ import annotations

from typing import Any

import yaml

EDITABLE_FIELDS = ("text", "hint")


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def load_editable(source: str) -> dict[str, Any]:
    """The pack as plain data, read as the loader reads it ("No" stays a word)."""
    from desk_assistant.domain.script_pack import PackError, read_yaml

    data, problems = read_yaml(source)
    if problems:
        raise PackError(problems)
    if not isinstance(data, dict):
        raise ValueError("not a pack")
    return dict(_plain(data))


def find_step(data: dict[str, Any], step_id: str) -> dict[str, Any]:
    for step in data.get("steps", []):
        if isinstance(step, dict) and step.get("id") == step_id:
            return step
    raise KeyError(step_id)


def get_text(data: dict[str, Any], step_id: str, field: str, lang: str) -> str:
    value = find_step(data, step_id).get(field) or {}
    return str(value.get(lang, "")) if isinstance(value, dict) else ""


def set_text(data: dict[str, Any], step_id: str, field: str, lang: str, text: str) -> None:
    step = find_step(data, step_id)
    texts = step.get(field)
    if not isinstance(texts, dict):
        texts = {}
        step[field] = texts
    if text:
        texts[lang] = text
    else:
        texts.pop(lang, None)
        if not texts:
            step.pop(field, None)


def dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def next_version(data: dict[str, Any], at_least: int) -> None:
    """The edited pack gets a version above every stored one."""
    current = data.get("version")
    data["version"] = max(current if isinstance(current, int) else 0, at_least) + 1
