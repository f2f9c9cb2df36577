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


# --- every translatable text of a pack, addressed by its path ---------------------------

Path = tuple[str | int, ...]


def text_nodes(data: dict[str, Any]) -> list[tuple[Path, str | None]]:
    """(path, step id) of every per-language text a trainer may edit, in pack order."""
    nodes: list[tuple[Path, str | None]] = [(("name",), None)]
    for i, _phase in enumerate(data.get("phases") or []):
        nodes.append((("phases", i, "label"), None))
    for period in data.get("greetings") or {}:
        nodes.append((("greetings", period), None))
    for i, step in enumerate(data.get("steps") or []):
        sid = str(step.get("id"))
        for field in EDITABLE_FIELDS:
            nodes.append((("steps", i, field), sid))
        for j, _choice in enumerate(step.get("choices") or []):
            nodes.append((("steps", i, "choices", j, "label"), sid))
        for segment, variant in (step.get("variants") or {}).items():
            for field in EDITABLE_FIELDS:
                if isinstance(variant, dict) and field in variant:
                    nodes.append((("steps", i, "variants", segment, field), sid))
    for i, _option in enumerate(data.get("options") or []):
        for field in ("label", "line", "next_step"):
            nodes.append((("options", i, field), None))
    readback = (data.get("unavailable") or {}).get("readback") or {}
    for kind in readback:
        nodes.append((("unavailable", "readback", kind), None))
    follow_up = data.get("follow_up") or {}
    for i, _line in enumerate(follow_up.get("call_script") or []):
        nodes.append((("follow_up", "call_script", i, "text"), None))
    for field in ("news", "request_news"):
        if field in follow_up:
            nodes.append((("follow_up", field), None))
    for kind in follow_up.get("messages") or {}:
        nodes.append((("follow_up", "messages", kind), None))
    return nodes


def _parent(data: dict[str, Any], path: Path) -> Any:
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    return node


def get_at(data: dict[str, Any], path: Path, lang: str) -> str:
    try:
        texts = _parent(data, path)[path[-1]]
    except (KeyError, IndexError, TypeError):
        return ""
    return str(texts.get(lang, "")) if isinstance(texts, dict) else ""


def set_at(data: dict[str, Any], path: Path, lang: str, text: str) -> None:
    parent = _parent(data, path)
    texts = parent.get(path[-1]) if isinstance(parent, dict) else parent[path[-1]]
    if not isinstance(texts, dict):
        texts = {}
        parent[path[-1]] = texts
    if text:
        texts[lang] = text
    else:
        texts.pop(lang, None)


# --- structure: steps and choices ---------------------------------------------------------


def step_ids(data: dict[str, Any]) -> list[str]:
    return [str(step.get("id")) for step in data.get("steps") or []]


def phase_ids(data: dict[str, Any]) -> list[str]:
    return [str(phase.get("id")) for phase in data.get("phases") or []]


def add_step(data: dict[str, Any], after: str | None) -> str:
    """A new step after ``after`` (same phase), reached from it; returns the new id."""
    steps = data.setdefault("steps", [])
    taken = set(step_ids(data))
    number = 1
    while f"step_{number}" in taken:
        number += 1
    new_id = f"step_{number}"
    index = len(steps)
    phase = phase_ids(data)[0] if phase_ids(data) else "greet"
    previous: dict[str, Any] | None = None
    if after is not None:
        previous = find_step(data, after)
        index = steps.index(previous) + 1
        phase = str(previous.get("phase", phase))
    languages = data.get("languages") or ["id"]
    step: dict[str, Any] = {
        "id": new_id,
        "phase": phase,
        "text": {lang: "…" for lang in languages},
    }
    if previous is not None and "next" in previous:
        step["next"] = previous["next"]
        previous["next"] = new_id
    steps.insert(index, step)
    return new_id


def remove_step(data: dict[str, Any], step_id: str) -> None:
    """Remove a step; whatever led to it now leads where it led (or nowhere)."""
    step = find_step(data, step_id)
    onward = step.get("next")
    data["steps"].remove(step)
    for other in data.get("steps") or []:
        if other.get("next") == step_id:
            if onward:
                other["next"] = onward
            else:
                other.pop("next", None)
        for choice in other.get("choices") or []:
            if choice.get("next") == step_id and onward:
                choice["next"] = onward


def move_step(data: dict[str, Any], step_id: str, offset: int) -> None:
    steps = data["steps"]
    step = find_step(data, step_id)
    index = steps.index(step)
    target = max(0, min(len(steps) - 1, index + offset))
    steps.insert(target, steps.pop(index))


def set_field(data: dict[str, Any], step_id: str, field: str, value: str | None) -> None:
    step = find_step(data, step_id)
    if value:
        step[field] = value
    else:
        step.pop(field, None)


def add_choice(data: dict[str, Any], step_id: str, target: str) -> None:
    step = find_step(data, step_id)
    step.pop("next", None)
    languages = data.get("languages") or ["id"]
    step.setdefault("choices", []).append(
        {"label": {lang: "…" for lang in languages}, "next": target}
    )


def remove_choice(data: dict[str, Any], step_id: str, index: int) -> None:
    step = find_step(data, step_id)
    choices = step.get("choices") or []
    if 0 <= index < len(choices):
        choices.pop(index)
    if not choices:
        step.pop("choices", None)


def set_choice_target(data: dict[str, Any], step_id: str, index: int, target: str) -> None:
    find_step(data, step_id)["choices"][index]["next"] = target


def set_choice_need(data: dict[str, Any], step_id: str, index: int, need: str | None) -> None:
    """The need a choice records for the statistics (None: the choice records none)."""
    choice = find_step(data, step_id)["choices"][index]
    if need:
        choice["need"] = need
    else:
        choice.pop("need", None)


def _placeholder_text(data: dict[str, Any]) -> dict[str, str]:
    return {lang: "…" for lang in data.get("languages") or ["id"]}


def add_option(data: dict[str, Any]) -> int:
    options = data.setdefault("options", [])
    taken = {str(o.get("id")) for o in options}
    number = 1
    while f"option_{number}" in taken:
        number += 1
    options.append(
        {
            "id": f"option_{number}",
            "label": _placeholder_text(data),
            "line": _placeholder_text(data),
            "next_step": _placeholder_text(data),
            "follow_up": False,
        }
    )
    return len(options) - 1


def _call_script(data: dict[str, Any]) -> list[dict[str, Any]]:
    follow_up = data.setdefault("follow_up", {})
    script = follow_up.get("call_script")
    if not isinstance(script, list):
        script = follow_up["call_script"] = []
    lines: list[dict[str, Any]] = script
    return lines


def add_call_line(data: dict[str, Any], after: int | None) -> int:
    """A new line of the follow-up call script after line ``after`` (None: at the end)."""
    script = _call_script(data)
    taken = {str(line.get("id")) for line in script if isinstance(line, dict)}
    number = 1
    while f"line_{number}" in taken:
        number += 1
    index = len(script) if after is None else max(0, min(len(script), after + 1))
    script.insert(index, {"id": f"line_{number}", "text": _placeholder_text(data)})
    return index


def move_call_line(data: dict[str, Any], index: int, offset: int) -> int:
    script = _call_script(data)
    target = max(0, min(len(script) - 1, index + offset))
    script.insert(target, script.pop(index))
    return target


def add_phase(data: dict[str, Any], after: int) -> int:
    """A new phase after phase ``after`` (not after the last: the close stays last)."""
    phases = data.setdefault("phases", [])
    taken = {str(p.get("id")) for p in phases}
    number = 1
    while f"phase_{number}" in taken:
        number += 1
    index = min(after + 1, max(0, len(phases) - 1))
    phases.insert(index, {"id": f"phase_{number}", "label": _placeholder_text(data)})
    return index


def add_variant(data: dict[str, Any], step_id: str, segment: str) -> None:
    step = find_step(data, step_id)
    variants = step.setdefault("variants", {})
    variants.setdefault(segment, {})["hint"] = dict(step.get("hint") or _placeholder_text(data))


def remove_at(data: dict[str, Any], path: Path) -> None:
    """Remove the element a text belongs to: an option, a phase, a variant, a choice, a step,
    a line of the call script."""
    if path[:2] == ("follow_up", "call_script"):
        _call_script(data).pop(int(path[2]))
    elif path[0] == "options":
        data["options"].pop(int(path[1]))
        if not data["options"]:
            data.pop("options")
    elif path[0] == "phases":
        data["phases"].pop(int(path[1]))
    elif path[0] == "steps":
        step = data["steps"][int(path[1])]
        if len(path) > 3 and path[2] == "variants":
            step["variants"].pop(path[3], None)
            if not step["variants"]:
                step.pop("variants")
        elif len(path) > 3 and path[2] == "choices":
            remove_choice(data, str(step.get("id")), int(path[3]))
        else:
            remove_step(data, str(step.get("id")))


def set_flag(data: dict[str, Any], path: Path, key: str, on: bool) -> None:
    """Set a true/false field of the step or option ``path`` belongs to."""
    owner = data[str(path[0])][int(path[1])]
    if on:
        owner[key] = True
        if key == "end":
            owner.pop("next", None)
            owner.pop("choices", None)
    elif key == "follow_up" and path[0] == "options":
        owner[key] = False  # an option states it either way
    else:
        owner.pop(key, None)


def get_flag(data: dict[str, Any], path: Path, key: str) -> bool:
    try:
        return bool(data[str(path[0])][int(path[1])].get(key, False))
    except (KeyError, IndexError, TypeError, ValueError):
        return False


def move_phase(data: dict[str, Any], index: int, offset: int) -> int:
    phases = data["phases"]
    target = max(0, min(len(phases) - 1, index + offset))
    phases.insert(target, phases.pop(index))
    return target


# --- what a version changed -------------------------------------------------------------


def _stable(data: dict[str, Any], path: Path) -> tuple[str, ...]:
    """A text's place named by ids, not positions, so two versions compare even when steps
    were added or moved: ("card", "text"), ("option", "hold", "line")."""
    if path[0] == "steps":
        step = (data.get("steps") or [])[int(path[1])]
        return (str(step.get("id")), *map(str, path[2:]))
    if path[0] == "options":
        option = (data.get("options") or [])[int(path[1])]
        return ("option", str(option.get("id")), *map(str, path[2:]))
    if path[:2] == ("follow_up", "call_script"):
        line = ((data.get("follow_up") or {}).get("call_script") or [])[int(path[2])]
        return ("call_script", str(line.get("id")))
    if path[0] == "phases":
        phase = (data.get("phases") or [])[int(path[1])]
        return ("phase", str(phase.get("id")))
    return tuple(map(str, path))


def text_changes(
    before: dict[str, Any], after: dict[str, Any], lang: str
) -> list[tuple[tuple[str, ...], str, str]]:
    """(place, text before, text after) of every text that differs in ``lang`` between two
    versions, in the newer one's order; "" where a text is new or was removed."""

    def texts(data: dict[str, Any]) -> dict[tuple[str, ...], str]:
        found: dict[tuple[str, ...], str] = {}
        for path, _step in text_nodes(data):
            try:
                found[_stable(data, path)] = get_at(data, path, lang)
            except (IndexError, KeyError, TypeError, AttributeError):
                continue
        return found

    old, new = texts(before), texts(after)
    order = list(new) + [place for place in old if place not in new]
    return [
        (place, old.get(place, ""), new.get(place, ""))
        for place in order
        if old.get(place, "") != new.get(place, "")
    ]
