"""Translated names for the domain's vocabularies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_assistant.domain.vocabulary import Need, Outcome, Segment

translate = QCoreApplication.translate


def segment_label(segment: Segment) -> str:
    return {
        Segment.GENERAL: translate("Labels", "General"),
        Segment.STUDENT: translate("Labels", "Student"),
        Segment.CHILD: translate("Labels", "Child / teen"),
        Segment.RESEARCHER: translate("Labels", "Researcher"),
        Segment.ELDERLY: translate("Labels", "Elderly"),
        Segment.DISABILITY: translate("Labels", "Person with a disability"),
    }[segment]


def need_label(need: Need | str) -> str:
    return {
        Need.BORROW: translate("Labels", "Borrow"),
        Need.RETURN: translate("Labels", "Return"),
        Need.RENEW: translate("Labels", "Renew"),
        Need.FIND: translate("Labels", "Find material"),
        Need.INFORMATION: translate("Labels", "Information / directions"),
        Need.MEMBERSHIP: translate("Labels", "Membership"),
        Need.COMPLAINT: translate("Labels", "Complaint"),
        Need.OTHER: translate("Labels", "Other"),
    }[Need(need)]


def outcome_label(outcome: Outcome | str) -> str:
    return {
        Outcome.SERVED: translate("Labels", "Served"),
        Outcome.COMPLAINT_RECORDED: translate("Labels", "Complaint recorded"),
        Outcome.REFERRED: translate("Labels", "Referred"),
        Outcome.NEXT_STEP_GIVEN: translate("Labels", "Next step given"),
        Outcome.DECLINED_OPTIONS: translate("Labels", "Declined all options"),
        Outcome.ABANDONED: translate("Labels", "Abandoned"),
    }[Outcome(outcome)]


def duration_text(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return (
            translate("Labels", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
        )
    if minutes:
        return (
            translate("Labels", "%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(secs))
        )
    return translate("Labels", "%1 s").replace("%1", str(secs))
