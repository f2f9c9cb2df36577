"""Reading pack YAML safely (size, depth and node limits; no Python tags), keeping the
line of every value so problems can say where they are."""

from __future__ import annotations

from typing import Any

import yaml

from desk_assistant.domain.script_pack.model import MAX_DEPTH, MAX_NODES, Problem
from desk_assistant.i18n import Message

# --- safe YAML reading with line numbers ------------------------------------------------


class _Node(dict[str, Any]):
    """A mapping read from YAML that remembers the line it started on, and each key's."""

    line: int = 0
    key_lines: dict[str, int]


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


def key_line(data: Any, key: str, fallback: int | None = None) -> int | None:
    """The line of ``key`` in a mapping read from YAML (else ``fallback``)."""
    lines = getattr(data, "key_lines", None)
    return lines.get(key, fallback) if isinstance(lines, dict) else fallback


# What the YAML parser says, in the trainer's words (its own texts are parser jargon, in
# English): the first fragment found in its problem text picks the message.
_SYNTAX = (
    ("tab character", "pack.yaml_tab"),
    ("mapping values are not allowed", "pack.yaml_colon"),
    ("could not find expected ':'", "pack.yaml_no_colon"),
    ("did not find expected '-' indicator", "pack.yaml_indent"),
    ("did not find expected key", "pack.yaml_indent"),
    ("expected <block end>", "pack.yaml_indent"),
    ("found unexpected end of stream", "pack.yaml_quote"),
    ("found unknown escape character", "pack.yaml_escape"),
    ("expected ',' or ']'", "pack.yaml_bracket"),
    ("expected ',' or '}'", "pack.yaml_bracket"),
    ("found undefined alias", "pack.yaml_alias"),
    ("found undefined tag handle", "pack.yaml_tag"),
)
# Where the parser noticed is not where the mistake is for these: the quote or bracket
# that was never closed is where it was opened.
_OPENED_AT = ("while scanning a quoted scalar", "while parsing a flow")


def syntax_problem(exc: yaml.YAMLError, text: str) -> Problem:
    """A YAML error said in plain words, with its likely fix, at the line of the mistake;
    one not foreseen, in general words (the parser's own text is English jargon)."""
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None) or ""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    opened = getattr(exc, "context_mark", None)
    if opened is not None and any(context.startswith(c) for c in _OPENED_AT):
        mark = opened
    key = next((key for fragment, key in _SYNTAX if fragment in problem), "pack.yaml_other")
    if "cannot start any token" in problem and mark is not None:
        lines = text.splitlines()
        source = lines[mark.line] if mark.line < len(lines) else ""
        indent = source[: len(source) - len(source.lstrip())]
        if "\t" in indent or source[mark.column : mark.column + 1] == "\t":
            key = "pack.yaml_tab"
        elif source[mark.column : mark.column + 1] in ("@", "`", "%"):
            key = "pack.yaml_reserved"
    return Problem(Message(key, {}), line=mark.line + 1 if mark is not None else None)


def read_yaml(text: str) -> tuple[Any, list[Problem]]:
    """Parse ``text`` into plain data whose mappings and lists carry line numbers."""
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        return None, [syntax_problem(exc, text)]
    count = 0

    def convert(node: yaml.Node, depth: int) -> Any:
        nonlocal count
        count += 1
        if depth > MAX_DEPTH:
            raise _TooDeep(node.start_mark.line + 1)
        if count > MAX_NODES:
            raise _TooBig()
        if node.tag not in _PLAIN_TAGS:
            raise _Refused(node.start_mark.line + 1, "pack.yaml_tag", {})
        if isinstance(node, yaml.MappingNode):
            mapping = _Node()
            mapping.line = node.start_mark.line + 1
            mapping.key_lines = {}
            for key_node, value_node in node.value:
                key = str(convert(key_node, depth + 1))
                line = key_node.start_mark.line + 1
                if key in mapping:
                    # YAML keeps the last of two equal keys: one of them would be lost.
                    raise _Refused(
                        line, "pack.duplicate_key", {"key": key, "first": mapping.key_lines[key]}
                    )
                mapping.key_lines[key] = line
                mapping[key] = convert(value_node, depth + 1)
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
            raise _Refused(node.start_mark.line + 1, "pack.yaml_value", {}) from exc

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
    except _Refused as exc:
        return None, [Problem(Message(exc.key, exc.params), line=exc.line)]
    except RecursionError:
        return None, [Problem(Message("pack.too_deep", {"limit": MAX_DEPTH}))]


class _TooDeep(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


class _TooBig(Exception):
    pass


class _Refused(Exception):
    """A node the reader refuses: ``key`` and ``params`` of the message, at ``line``."""

    def __init__(self, line: int, key: str, params: dict[str, Any]) -> None:
        self.line, self.key, self.params = line, key, params
