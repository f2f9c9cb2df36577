"""The report's presets give exact ranges, whatever the day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_assistant.domain.periods import Preset, default_preset, preset_range, previous_period

TUESDAY = date(2026, 12, 1)  # also the 1st of a month, in the fourth quarter


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        (Preset.TODAY, (date(2026, 12, 1), date(2026, 12, 1))),
        (Preset.YESTERDAY, (date(2026, 11, 30), date(2026, 11, 30))),
        (Preset.THIS_WEEK, (date(2026, 11, 30), date(2026, 12, 1))),
        (Preset.LAST_WEEK, (date(2026, 11, 23), date(2026, 11, 29))),
        (Preset.THIS_MONTH, (date(2026, 12, 1), date(2026, 12, 1))),
        (Preset.LAST_MONTH, (date(2026, 11, 1), date(2026, 11, 30))),
        (Preset.THIS_QUARTER, (date(2026, 10, 1), date(2026, 12, 1))),
        (Preset.LAST_QUARTER, (date(2026, 7, 1), date(2026, 9, 30))),
        (Preset.THIS_YEAR, (date(2026, 1, 1), date(2026, 12, 1))),
        (Preset.LAST_YEAR, (date(2025, 1, 1), date(2025, 12, 31))),
    ],
)
def test_each_preset_is_exact(preset: Preset, expected: tuple[date, date]) -> None:
    assert preset_range(preset, TUESDAY) == expected


def test_last_quarter_across_the_new_year_and_february() -> None:
    assert preset_range(Preset.LAST_QUARTER, date(2027, 2, 15)) == (
        date(2026, 10, 1),
        date(2026, 12, 31),
    )
    assert preset_range(Preset.LAST_MONTH, date(2028, 3, 10)) == (
        date(2028, 2, 1),
        date(2028, 2, 29),  # a leap year
    )


def test_the_default_is_never_a_single_day() -> None:
    assert default_preset(TUESDAY) is Preset.LAST_MONTH  # on the 1st
    assert default_preset(date(2026, 12, 2)) is Preset.THIS_MONTH


@given(st.dates(min_value=date(2000, 1, 2), max_value=date(2100, 12, 31)))
def test_ranges_are_ordered_and_never_reach_past_today(today: date) -> None:
    for preset in Preset:
        since, until = preset_range(preset, today)
        assert since <= until <= today
        before = previous_period(since, until)
        assert before[0] <= before[1] < since  # wholly before
        if since.day == 1:  # month-aligned: the same months before, ending before it
            assert before[0].day == 1
            assert before[1] <= since - timedelta(days=1)
        else:  # days of the same length, just before
            assert before[1] == since - timedelta(days=1)
            assert (before[1] - before[0]) == (until - since)


@pytest.mark.parametrize(
    ("period", "before"),
    [
        ((date(2026, 11, 1), date(2026, 11, 30)), (date(2026, 10, 1), date(2026, 10, 31))),
        ((date(2026, 11, 1), date(2026, 11, 24)), (date(2026, 10, 1), date(2026, 10, 24))),
        ((date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 2, 1), date(2026, 2, 28))),
        ((date(2026, 3, 1), date(2026, 3, 30)), (date(2026, 2, 1), date(2026, 2, 28))),
        ((date(2026, 1, 1), date(2026, 3, 31)), (date(2025, 10, 1), date(2025, 12, 31))),
        ((date(2026, 1, 1), date(2026, 11, 24)), (date(2025, 1, 1), date(2025, 11, 24))),
        ((date(2025, 1, 1), date(2025, 12, 31)), (date(2024, 1, 1), date(2024, 12, 31))),
        ((date(2026, 10, 1), date(2026, 11, 24)), (date(2026, 7, 1), date(2026, 8, 24))),
        ((date(2026, 11, 23), date(2026, 11, 29)), (date(2026, 11, 16), date(2026, 11, 22))),
        ((date(2026, 11, 24), date(2026, 11, 24)), (date(2026, 11, 23), date(2026, 11, 23))),
    ],
)
def test_the_previous_period_is_the_one_a_reader_compares_with(  # type: ignore[no-untyped-def]
    period, before
) -> None:
    assert previous_period(*period) == before
