"""Translated names for the domain's vocabularies, declared once beside each enum."""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtCore import QCoreApplication

from desk_assistant.domain.audit_actions import (
    AUDIT_ACTION_LABELS,
    AUDIT_DETAIL_LABELS,
    AUDIT_VALUE_LABELS,
    YES_NO,
)
from desk_assistant.domain.followup import (
    ATTEMPT_LABELS,
    CHANNEL_LABELS,
    REASON_LABELS,
    STATUS_LABELS,
    Attempt,
    Channel,
    Reason,
    Status,
)
from desk_assistant.domain.patron_view import RATING_LABELS
from desk_assistant.domain.periods import PRESET_LABELS, Preset
from desk_assistant.domain.roles import ROLE_LABELS, Role
from desk_assistant.domain.vocabulary import (
    NEED_LABELS,
    OUTCOME_LABELS,
    SEGMENT_LABELS,
    Need,
    Outcome,
    Segment,
)
from desk_assistant.i18n import format_duration

translate = QCoreApplication.translate


def segment_label(segment: Segment) -> str:
    return translate("Labels", SEGMENT_LABELS[segment])


def need_label(need: Need | str) -> str:
    return translate("Labels", NEED_LABELS[Need(need)])


def outcome_label(outcome: Outcome | str) -> str:
    return translate("Labels", OUTCOME_LABELS[Outcome(outcome)])


def rating_label(rating: int) -> str:
    """A patron's rating 1-4 in the window's language (the patron screen's own words)."""
    return translate("PatronScreen", RATING_LABELS[rating])


def duration_text(seconds: float, lang: str) -> str:
    return format_duration(seconds, lang)


def status_label(status: Status | str) -> str:
    return translate("Labels", STATUS_LABELS[Status(status)])


def attempt_label(attempt: Attempt | str) -> str:
    return translate("Labels", ATTEMPT_LABELS[Attempt(attempt)])


def channel_label(channel: Channel | str) -> str:
    return translate("Labels", CHANNEL_LABELS[Channel(channel)])


def reason_label(reason: Reason | str) -> str:
    return translate("Labels", REASON_LABELS[Reason(reason)])


def role_label(role: Role | str) -> str:
    return translate("Labels", ROLE_LABELS[Role(role)])


def preset_label(preset: Preset) -> str:
    return translate("Labels", PRESET_LABELS[preset])


def audit_action_label(action: str) -> str:
    source = AUDIT_ACTION_LABELS.get(action)
    return translate("Labels", source) if source else action


def readable_detail(detail: dict[str, object]) -> str:
    """An entry's detail as "name: value; …" in words: names and known values translated,
    yes/no for true/false, lists joined, an enum as its value (never its repr)."""
    parts = []
    for name, value in detail.items():
        label = AUDIT_DETAIL_LABELS.get(name)
        parts.append(
            f"{translate('Labels', label) if label else name}: {_detail_value(name, value)}"
        )
    return "; ".join(parts)


def _detail_value(name: str, value: object) -> str:
    if isinstance(value, bool):
        return translate("Labels", YES_NO[0] if value else YES_NO[1])
    if isinstance(value, dict):
        return f"({readable_detail(value)})"
    if isinstance(value, list | tuple):
        return ", ".join(_detail_value(name, item) for item in value)
    shown = value.value if isinstance(value, Enum) else value
    text = str(shown)
    match = _ENUM_REPR.fullmatch(text)
    text = match.group(1) if match else text
    known = AUDIT_VALUE_LABELS.get(name, {})
    if text in known:
        return translate("Labels", known[text])
    if name == "role" and text in {role.value for role in Role}:
        return role_label(text)
    if name == "format":
        return text.upper()
    return text


_ENUM_REPR = re.compile(r"<\w+\.\w+: '([^']*)'>")
