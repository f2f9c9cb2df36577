"""The library's calendar: opening days, Indonesia's holidays, cuti bersama, closures."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desk_assistant.domain.calendar import LibraryCalendar, national_holidays

EVE_OF_IDUL_FITRI_2027 = date(2027, 3, 9)  # Tuesday; 1 Syawal 1448 is 10 March 2027


def test_idul_fitri_and_cuti_bersama_close_the_library() -> None:
    calendar = LibraryCalendar()
    holidays = national_holidays(2027)
    assert "Idul Fitri" in holidays[date(2027, 3, 10)]
    assert "Idul Fitri" in holidays[date(2027, 3, 11)]
    for day in (date(2027, 3, 10), date(2027, 3, 11), date(2027, 3, 12)):  # 12: cuti bersama
        assert not calendar.is_open(day), day
    assert calendar.closed_because(date(2027, 3, 13)) == ""  # Saturday: not an opening day


def test_a_promise_on_the_eve_of_idul_fitri_falls_due_after_the_holidays_and_a_closure() -> None:
    plain = LibraryCalendar()
    # Two open days after Tuesday 9 March: not Wed 10, Thu 11 (Idul Fitri), Fri 12 (cuti
    # bersama), the weekend, nor Mon 15 (cuti bersama): Tuesday 16 and Wednesday 17.
    assert plain.add_open_days(EVE_OF_IDUL_FITRI_2027, 2) == date(2027, 3, 17)
    # The supervisor closes the library on 16 March as well (a local closure).
    closed = LibraryCalendar(closures={date(2027, 3, 16): "Stock opname"})
    assert closed.add_open_days(EVE_OF_IDUL_FITRI_2027, 2) == date(2027, 3, 18)
    assert closed.closed_because(date(2027, 3, 16)) == "Stock opname"
    # A library that opens on Saturdays and on the last cuti bersama day.
    saturdays = LibraryCalendar(
        opening_days=frozenset(range(6)), openings={date(2027, 3, 15): "Layanan tetap buka"}
    )
    assert saturdays.add_open_days(EVE_OF_IDUL_FITRI_2027, 2) == date(2027, 3, 15)
    # Where cuti bersama does not close the library, only the holidays themselves do.
    no_joint = LibraryCalendar(joint_leave=False)
    assert no_joint.add_open_days(EVE_OF_IDUL_FITRI_2027, 1) == date(2027, 3, 12)


def test_the_closed_days_of_a_stretch_name_their_reason() -> None:
    calendar = LibraryCalendar(closures={date(2027, 3, 16): "Stock opname"})
    days = dict(calendar.closed_days(date(2027, 3, 8), date(2027, 3, 19)))
    assert set(days) == {
        date(2027, 3, 8),  # Nyepi
        date(2027, 3, 9),  # cuti bersama
        date(2027, 3, 10),
        date(2027, 3, 11),
        date(2027, 3, 12),
        date(2027, 3, 15),
        date(2027, 3, 16),
    }
    assert days[date(2027, 3, 16)] == "Stock opname"


@given(
    st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(0, 10),
    st.frozensets(st.integers(0, 6), min_size=1),
)
def test_a_promise_always_falls_on_an_open_day_after_enough_open_days(
    start: date, days: int, opening: frozenset[int]
) -> None:
    calendar = LibraryCalendar(opening_days=opening)
    due = calendar.add_open_days(start, days)
    assert calendar.is_open(due) and due >= start
    between = sum(
        calendar.is_open(start + timedelta(days=n)) for n in range(1, (due - start).days + 1)
    )
    assert between == max(days, 1 if not calendar.is_open(start) else 0) or (
        days == 0 and due == start
    )
