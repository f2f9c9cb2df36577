"""The fixed vocabularies of the desk: audience segments, needs, outcomes."""

from __future__ import annotations

from enum import StrEnum

from desk_assistant.i18n import QT_TRANSLATE_NOOP


class Segment(StrEnum):
    """Audience segments named by Perpusnas (seed 004); ``general`` is everyone else."""

    GENERAL = "general"
    STUDENT = "student"
    CHILD = "child"
    RESEARCHER = "researcher"
    ELDERLY = "elderly"
    DISABILITY = "disability"


# What the screen and the exports call each (English; translated in the catalog).
SEGMENT_LABELS: dict[Segment, str] = {
    Segment.GENERAL: QT_TRANSLATE_NOOP("Labels", "General"),
    Segment.STUDENT: QT_TRANSLATE_NOOP("Labels", "Student"),
    Segment.CHILD: QT_TRANSLATE_NOOP("Labels", "Child / teen"),
    Segment.RESEARCHER: QT_TRANSLATE_NOOP("Labels", "Researcher"),
    Segment.ELDERLY: QT_TRANSLATE_NOOP("Labels", "Elderly"),
    Segment.DISABILITY: QT_TRANSLATE_NOOP("Labels", "Person with a disability"),
}


class Need(StrEnum):
    """What the patron came to the desk for."""

    BORROW = "borrow"
    RETURN = "return"
    RENEW = "renew"
    FIND = "find"
    INFORMATION = "information"
    MEMBERSHIP = "membership"
    COMPLAINT = "complaint"
    OTHER = "other"


# What the screen and the exports call each (English; translated in the catalog).
NEED_LABELS: dict[Need, str] = {
    Need.BORROW: QT_TRANSLATE_NOOP("Labels", "Borrow"),
    Need.RETURN: QT_TRANSLATE_NOOP("Labels", "Return"),
    Need.RENEW: QT_TRANSLATE_NOOP("Labels", "Renew"),
    Need.FIND: QT_TRANSLATE_NOOP("Labels", "Find material"),
    Need.INFORMATION: QT_TRANSLATE_NOOP("Labels", "Information / directions"),
    Need.MEMBERSHIP: QT_TRANSLATE_NOOP("Labels", "Membership"),
    Need.COMPLAINT: QT_TRANSLATE_NOOP("Labels", "Complaint"),
    Need.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}


class Outcome(StrEnum):
    """How an interaction ended; stored in the statistics (never personal data)."""

    SERVED = "served"
    COMPLAINT_RECORDED = "complaint_recorded"
    REFERRED = "referred"
    NEXT_STEP_GIVEN = "next_step_given"
    DECLINED_OPTIONS = "declined_options"
    ABANDONED = "abandoned"


# What the screen and the exports call each (English; translated in the catalog).
OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.SERVED: QT_TRANSLATE_NOOP("Labels", "Served"),
    Outcome.COMPLAINT_RECORDED: QT_TRANSLATE_NOOP("Labels", "Complaint recorded"),
    Outcome.REFERRED: QT_TRANSLATE_NOOP("Labels", "Referred"),
    Outcome.NEXT_STEP_GIVEN: QT_TRANSLATE_NOOP("Labels", "Next step given"),
    Outcome.DECLINED_OPTIONS: QT_TRANSLATE_NOOP("Labels", "Declined all options"),
    Outcome.ABANDONED: QT_TRANSLATE_NOOP("Labels", "Abandoned"),
}


def known(enum: type[StrEnum]) -> str:
    """A comma-separated list of an enum's values, for error messages."""
    return ", ".join(member.value for member in enum)
