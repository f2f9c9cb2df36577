"""The supervisor's calendar: promised dates follow it, only the supervisor changes it."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from desk_assistant.domain.followup import CaseForm, CaseInvalid
from desk_assistant.domain.roles import Role
from desk_assistant.errors import ValidationError
from desk_assistant.services.auth import RoleRequired
from tests.services.test_followups import at_unavailable

WIB = timezone(timedelta(hours=7))


def supervisor(services) -> None:  # type: ignore[no-untyped-def]
    services.auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    services.auth.unlock(Role.SUPERVISOR, "482915", "Kepala")


def test_the_desk_promises_after_the_holidays_and_the_supervisors_closure(  # type: ignore[no-untyped-def]
    services, clock
) -> None:
    clock.now = datetime(2027, 3, 9, 10, 0, tzinfo=WIB)  # the eve of Idul Fitri 2027
    flow = at_unavailable(services)
    assert services.followups.default_due(flow) == date(2027, 3, 17)
    supervisor(services)
    services.calendar.close_day(date(2027, 3, 16), "Stock opname", "Kepala")
    assert services.followups.default_due(flow) == date(2027, 3, 18)
    entry = services._store.audit.entries()[0]
    assert entry.action == "settings_change" and entry.detail["calendar_day"] == "2027-03-16"
    # A date typed by hand on a closed day is refused, saying why and what day would do.
    shift = services.desk.start_shift("SW", "Meja 1")
    form = CaseForm(title="Laskar Pelangi", options=("hold",), due=date(2027, 3, 16))
    with pytest.raises(CaseInvalid) as caught:
        services.followups.record(flow, form, shift, "id")
    said = caught.value.errors.by_field["due"].user_message("id")
    assert said == (
        "Perpustakaan tutup pada Selasa, 16 Maret 2027 (Stock opname): janjikan hari saat "
        "perpustakaan buka, misalnya Rabu, 17 Maret 2027."
    )
    english = caught.value.errors.by_field["due"].user_message("en")
    assert "closed on Tuesday, 16 March 2027" in english
    # The library opens on Saturdays from now on: Saturday 13 March is a day to promise.
    services.calendar.set_opening_days(frozenset(range(6)), "Kepala")
    assert services.followups.default_due(flow) == date(2027, 3, 17)  # 13, then 17
    with pytest.raises(ValidationError):
        services.calendar.set_opening_days(frozenset(), "Kepala")


def test_only_the_supervisor_changes_the_calendar(services) -> None:  # type: ignore[no-untyped-def]
    supervisor(services)
    services.auth.lock()  # back to the desk role
    with pytest.raises(RoleRequired):
        services.calendar.close_day(date(2027, 3, 16), "Tutup", "SW")
    with pytest.raises(RoleRequired):
        services.calendar.set_opening_days(frozenset(range(6)), "SW")
    assert services.calendar.calendar().closures == {}
