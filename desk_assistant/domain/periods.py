"""The report's periods: named presets with exact ranges, and the period before a period.

A "this …" preset runs from the start of the day, week (Monday), month, quarter or year to
today, inclusive; a "last …" preset is the whole previous one. Ranges are inclusive at both
ends.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from desk_assistant.i18n import QT_TRANSLATE_NOOP


class Preset(StrEnum):
    TODAY = "today"
    YESTERDAY = "yesterday"
    THIS_WEEK = "this_week"
    LAST_WEEK = "last_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    LAST_QUARTER = "last_quarter"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"


# What the screen calls each (English; translated in the catalog).
PRESET_LABELS = {
    Preset.TODAY: QT_TRANSLATE_NOOP("Labels", "Today"),
    Preset.YESTERDAY: QT_TRANSLATE_NOOP("Labels", "Yesterday"),
    Preset.THIS_WEEK: QT_TRANSLATE_NOOP("Labels", "This week"),
    Preset.LAST_WEEK: QT_TRANSLATE_NOOP("Labels", "Last week"),
    Preset.THIS_MONTH: QT_TRANSLATE_NOOP("Labels", "This month"),
    Preset.LAST_MONTH: QT_TRANSLATE_NOOP("Labels", "Last month"),
    Preset.THIS_QUARTER: QT_TRANSLATE_NOOP("Labels", "This quarter"),
    Preset.LAST_QUARTER: QT_TRANSLATE_NOOP("Labels", "Last quarter"),
    Preset.THIS_YEAR: QT_TRANSLATE_NOOP("Labels", "This year"),
    Preset.LAST_YEAR: QT_TRANSLATE_NOOP("Labels", "Last year"),
}


def _quarter_start(day: date) -> date:
    return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)


def preset_range(preset: Preset, today: date) -> tuple[date, date]:
    """The first and last day of ``preset`` seen from ``today``."""
    if preset is Preset.TODAY:
        return today, today
    if preset is Preset.YESTERDAY:
        return today - timedelta(days=1), today - timedelta(days=1)
    if preset in (Preset.THIS_WEEK, Preset.LAST_WEEK):
        monday = today - timedelta(days=today.weekday())
        if preset is Preset.THIS_WEEK:
            return monday, today
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if preset in (Preset.THIS_MONTH, Preset.LAST_MONTH):
        first = today.replace(day=1)
        if preset is Preset.THIS_MONTH:
            return first, today
        last = first - timedelta(days=1)
        return last.replace(day=1), last
    if preset in (Preset.THIS_QUARTER, Preset.LAST_QUARTER):
        first = _quarter_start(today)
        if preset is Preset.THIS_QUARTER:
            return first, today
        last = first - timedelta(days=1)
        return _quarter_start(last), last
    first = today.replace(month=1, day=1)
    if preset is Preset.THIS_YEAR:
        return first, today
    return first.replace(year=first.year - 1), first - timedelta(days=1)


def default_preset(today: date) -> Preset:
    """What a report opens on: this month, but last month on the 1st (not one day)."""
    return Preset.LAST_MONTH if today.day == 1 else Preset.THIS_MONTH


def _months_before(day: date, months: int) -> date:
    """``day`` ``months`` calendar months earlier (the day clamped to that month)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    following = date(year + (month == 11), (month + 1) % 12 + 1, 1)
    return date(year, month + 1, min(day.day, (following - timedelta(days=1)).day))


def previous_period(since: date, until: date) -> tuple[date, date]:
    """The period to compare ``since`` … ``until`` with: a period starting on the 1st of a
    month is compared with the same stretch of the month, quarter or year before it
    (November with October, 1–24 November with 1–24 October, 1 January – 24 November with
    the same days of the year before); any other with the days of the same length just
    before it."""
    if since.day == 1:
        months = (until.year - since.year) * 12 + until.month - since.month + 1
        # A year or quarter so far is compared with the same stretch of the one before.
        unit = 12 if since.month == 1 and months > 3 else 3 if since.month % 3 == 1 else 1
        months = -(-months // unit) * unit
        first = _months_before(since, months)
        after = until + timedelta(days=1)
        if after.day == 1:  # whole months: the whole months before
            return first, _months_before(after, months) - timedelta(days=1)
        return first, _months_before(until, months)
    length = (until - since).days + 1
    return since - timedelta(days=length), since - timedelta(days=1)
