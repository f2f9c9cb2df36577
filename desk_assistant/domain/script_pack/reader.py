"""Reading pack YAML safely (size, depth and node limits; no Python tags), keeping the
line of every value so problems can say where they are."""

from __future__ import annotations

from typing import Any

import yaml

from desk_assistant.domain.script_pack.model import MAX_DEPTH, MAX_NODES, Problem
from desk_assistant.i18n import Message

# --- safe YAML reading with line numbers ------------------------------------------------


class _Node(dict[str, Any]):
    """A mapping read from YAML that remembers the line it started on."""

    line: int = 0


class _List(list[Any]):
    line: int = 0


_constructor = yaml.constructor.SafeConstructor()
# libyaml's parser when PyYAML has it (ten times faster at start-up), else pure Python.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")
)


def _line_of(value: Any) -> int | None:
    return getattr(value, "line", None)


def read_yaml(text: str) -> tuple[Any, list[Problem]]:
    """Parse ``text`` into plain data whose mappings and lists carry line numbers."""
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        detail = exc.problem or str(exc)
        return None, [Problem(Message("pack.syntax", {"detail": detail}), line=line)]
    except yaml.YAMLError as exc:
        return None, [Problem(Message("pack.syntax", {"detail": str(exc)}))]
    count = 0

    def convert(node: yaml.Node, depth: int) -> Any:
        nonlocal count
        count += 1
        if depth > MAX_DEPTH:
            raise _TooDeep(node.start_mark.line + 1)
        if count > MAX_NODES:
            raise _TooBig()
        if node.tag not in _PLAIN_TAGS:
            raise _BadScalar(node.start_mark.line + 1, f"tag {node.tag} is not allowed")
        if isinstance(node, yaml.MappingNode):
            mapping = _Node()
            mapping.line = node.start_mark.line + 1
            for key_node, value_node in node.value:
                key = convert(key_node, depth + 1)
                mapping[str(key)] = convert(value_node, depth + 1)
            return mapping
        if isinstance(node, yaml.SequenceNode):
            items = _List(convert(item, depth + 1) for item in node.value)
            items.line = node.start_mark.line + 1
            return items
        if node.tag == "tag:yaml.org,2002:bool" and node.value.lower() not in ("true", "false"):
            return str(node.value)  # YAML 1.2: "No", "yes", "on" are words, not booleans
        try:
            return _constructor.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            raise _BadScalar(node.start_mark.line + 1, str(exc)) from exc

    if root is None:
        return None, []
    try:
        return convert(root, 0), []
    except _TooDeep as exc:
        return None, [Problem(Message("pack.too_deep", {"limit": MAX_DEPTH}), line=exc.line)]
    except _TooBig:
        return None, [
            Problem(Message("pack.too_large", {"size": f">{MAX_NODES}", "limit": MAX_NODES}))
        ]
    except _BadScalar as exc:
        return None, [Problem(Message("pack.syntax", {"detail": exc.detail}), line=exc.line)]
    except RecursionError:
        return None, [Problem(Message("pack.too_deep", {"limit": MAX_DEPTH}))]


class _TooDeep(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


class _TooBig(Exception):
    pass


class _BadScalar(Exception):
    def __init__(self, line: int, detail: str) -> None:
        self.line = line
        self.detail = detail
