"""Translated names for the domain's vocabularies, declared once beside each enum."""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtCore import QCoreApplication

from desk_assistant.domain.audit_actions import AUDIT_ACTION_LABELS
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
    """An entry's detail as "name: value; …" (an enum as its value, never its repr)."""
    parts = []
    for name, value in detail.items():
        shown = value.value if isinstance(value, Enum) else value
        text = str(shown)
        match = _ENUM_REPR.fullmatch(text)
        parts.append(f"{name}: {match.group(1) if match else text}")
    return "; ".join(parts)


_ENUM_REPR = re.compile(r"<\w+\.\w+: '([^']*)'>")
