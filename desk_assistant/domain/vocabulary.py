"""The fixed vocabularies of the desk: audience segments, needs, outcomes."""

from __future__ import annotations

from enum import StrEnum


class Segment(StrEnum):
    """Audience segments named by Perpusnas (seed 004); ``general`` is everyone else."""

    GENERAL = "general"
    STUDENT = "student"
    CHILD = "child"
    RESEARCHER = "researcher"
    ELDERLY = "elderly"
    DISABILITY = "disability"


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


class Outcome(StrEnum):
    """How an interaction ended; stored in the statistics (never personal data)."""

    SERVED = "served"
    COMPLAINT_RECORDED = "complaint_recorded"
    REFERRED = "referred"
    NEXT_STEP_GIVEN = "next_step_given"
    DECLINED_OPTIONS = "declined_options"
    ABANDONED = "abandoned"


def known(enum: type[StrEnum]) -> str:
    """A comma-separated list of an enum's values, for error messages."""
    return ", ".join(member.value for member in enum)
