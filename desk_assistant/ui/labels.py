"""Translated names for the domain's vocabularies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_assistant.domain.followup import Attempt, Channel, Reason, Status
from desk_assistant.domain.roles import Role
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


def status_label(status: Status | str) -> str:
    return {
        Status.OPEN: translate("Labels", "Open"),
        Status.IN_PROGRESS: translate("Labels", "In progress"),
        Status.RESOLVED: translate("Labels", "Resolved"),
        Status.CANCELLED: translate("Labels", "Cancelled"),
        Status.UNREACHABLE: translate("Labels", "Unreachable"),
    }[Status(status)]


def attempt_label(attempt: Attempt | str) -> str:
    return {
        Attempt.CALLED_REACHED: translate("Labels", "Called — reached"),
        Attempt.CALLED_NO_ANSWER: translate("Labels", "Called — no answer"),
        Attempt.CALLED_WRONG_NUMBER: translate("Labels", "Called — wrong number"),
        Attempt.CALLED_LEFT_MESSAGE: translate("Labels", "Called — left a message"),
        Attempt.WHATSAPP_SENT: translate("Labels", "WhatsApp sent"),
        Attempt.SMS_SENT: translate("Labels", "SMS sent"),
        Attempt.EMAIL_SENT: translate("Labels", "E-mail sent"),
    }[Attempt(attempt)]


def channel_label(channel: Channel | str) -> str:
    return {
        Channel.PHONE: translate("Labels", "Phone call"),
        Channel.WHATSAPP: translate("Labels", "WhatsApp"),
        Channel.SMS: translate("Labels", "SMS"),
        Channel.EMAIL: translate("Labels", "E-mail"),
    }[Channel(channel)]


def reason_label(reason: Reason | str) -> str:
    return {
        Reason.ON_LOAN: translate("Labels", "On loan"),
        Reason.PROCESSING: translate("Labels", "Being processed"),
        Reason.NOT_OWNED: translate("Labels", "Not in the collection"),
        Reason.MISSING: translate("Labels", "Missing from the shelf"),
        Reason.COMPLAINT: translate("Labels", "Complaint or request"),
    }[Reason(reason)]


def role_label(role: Role | str) -> str:
    return {
        Role.DESK: translate("Labels", "desk librarian"),
        Role.SUPERVISOR: translate("Labels", "supervisor"),
        Role.TRAINER: translate("Labels", "trainer"),
    }[Role(role)]
