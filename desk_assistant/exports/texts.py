"""The words of the exports: column headers, titles, and the names of codes.

Declared once, in English, with the catalog mark; the translations live in the catalog
(context "Exports", and "Labels" for the domain's codes, as the screen names them).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desk_assistant.domain.followup import (
    CHANNEL_LABELS,
    REASON_LABELS,
    STATUS_LABELS,
)
from desk_assistant.domain.vocabulary import NEED_LABELS, OUTCOME_LABELS, SEGMENT_LABELS
from desk_assistant.errors import ExportCancelled, ExportError
from desk_assistant.exports.tabular import Cancelled
from desk_assistant.files import file_errors
from desk_assistant.i18n import QT_TRANSLATE_NOOP, labels, text

SHEET_TITLE = QT_TRANSLATE_NOOP("Exports", "Follow-up call sheet")

# key -> English; the translations are in the catalog (context "Exports").
HEADERS = {
    "code": QT_TRANSLATE_NOOP("Exports", "Code"),
    "created": QT_TRANSLATE_NOOP("Exports", "Created"),
    "due": QT_TRANSLATE_NOOP("Exports", "Due"),
    "status": QT_TRANSLATE_NOOP("Exports", "Status"),
    "desk": QT_TRANSLATE_NOOP("Exports", "Desk"),
    "staff": QT_TRANSLATE_NOOP("Exports", "Staff"),
    "title": QT_TRANSLATE_NOOP("Exports", "Title"),
    "author": QT_TRANSLATE_NOOP("Exports", "Author"),
    "call_number": QT_TRANSLATE_NOOP("Exports", "Call number / ISBN"),
    "reason": QT_TRANSLATE_NOOP("Exports", "Reason"),
    "options": QT_TRANSLATE_NOOP("Exports", "Options"),
    "offered": QT_TRANSLATE_NOOP("Exports", "Options offered"),
    "chosen": QT_TRANSLATE_NOOP("Exports", "Options chosen"),
    "consent": QT_TRANSLATE_NOOP("Exports", "Consent"),
    "patron": QT_TRANSLATE_NOOP("Exports", "Patron"),
    "phone": QT_TRANSLATE_NOOP("Exports", "Phone"),
    "email": QT_TRANSLATE_NOOP("Exports", "E-mail"),
    "channel": QT_TRANSLATE_NOOP("Exports", "Contact by"),
    "attempts": QT_TRANSLATE_NOOP("Exports", "Attempts"),
    "failed": QT_TRANSLATE_NOOP("Exports", "Failed"),
    "closed": QT_TRANSLATE_NOOP("Exports", "Closed"),
    "started": QT_TRANSLATE_NOOP("Exports", "Started"),
    "weekday": QT_TRANSLATE_NOOP("Exports", "Weekday"),
    "hour": QT_TRANSLATE_NOOP("Exports", "Hour"),
    "duration": QT_TRANSLATE_NOOP("Exports", "Duration (s)"),
    "segment": QT_TRANSLATE_NOOP("Exports", "Segment"),
    "need": QT_TRANSLATE_NOOP("Exports", "Need"),
    "outcome": QT_TRANSLATE_NOOP("Exports", "Outcome"),
    "unavailable": QT_TRANSLATE_NOOP("Exports", "Unavailable"),
    "next_step": QT_TRANSLATE_NOOP("Exports", "Left with a next step"),
    "language": QT_TRANSLATE_NOOP("Exports", "Language"),
    "pack": QT_TRANSLATE_NOOP("Exports", "Script"),
}
OPTIONS = {
    "hold": QT_TRANSLATE_NOOP("Exports", "Place a hold"),
    "interlibrary_loan": QT_TRANSLATE_NOOP("Exports", "Interlibrary loan"),
    "purchase": QT_TRANSLATE_NOOP("Exports", "Purchase suggestion"),
    "alternative": QT_TRANSLATE_NOOP("Exports", "Alternative"),
    "refer": QT_TRANSLATE_NOOP("Exports", "Refer"),
    "call_back": QT_TRANSLATE_NOOP("Exports", "Call back"),
}
LANGUAGES = {
    "id": QT_TRANSLATE_NOOP("Exports", "Indonesian"),
    "en": QT_TRANSLATE_NOOP("Exports", "English"),
}

REPORT_TITLE = QT_TRANSLATE_NOOP("Exports", "Desk service report")
SUMMARY_SHEET = QT_TRANSLATE_NOOP("Exports", "Summary")
MADE_AT = QT_TRANSLATE_NOOP(
    "Exports", "Made %1. The figures are about the period, except those marked 'as of'."
)
CHART_TITLES = {
    "heatmap": QT_TRANSLATE_NOOP("Exports", "Interactions by weekday and hour"),
    "needs": QT_TRANSLATE_NOOP("Exports", "By need"),
    "outcomes": QT_TRANSLATE_NOOP("Exports", "By outcome"),
    "options": QT_TRANSLATE_NOOP("Exports", "Unavailable material: options offered and chosen"),
}
CHART_LEGEND = (QT_TRANSLATE_NOOP("Exports", "offered"), QT_TRANSLATE_NOOP("Exports", "chosen"))
CHART_EMPTY = QT_TRANSLATE_NOOP("Exports", "Nothing recorded in this period.")


# The domain's names for its codes, as the screen shows them (context "Labels").
STATUS = STATUS_LABELS
NEEDS = NEED_LABELS
OUTCOMES = OUTCOME_LABELS
REASONS = REASON_LABELS
CHANNELS = CHANNEL_LABELS
SEGMENTS = SEGMENT_LABELS


def export_text(english: str, lang: str) -> str:
    """An export's own text in ``lang``."""
    return text("Exports", english, lang)


def named(names: Mapping[Any, str], lang: str) -> dict[str, str]:
    """Code -> label in the export's language (a code without a label stays itself)."""
    return labels(names, lang, "Exports" if names is OPTIONS or names is LANGUAGES else "Labels")


def stop_if_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled


def writing(path: Path) -> contextlib.AbstractContextManager[None]:
    """Say in the user's words why an export file could not be written."""
    return file_errors(path, ExportError)
