"""The supervisor's calendar dialog, by keyboard: a closed day, the weekdays, the list."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desk_assistant.ui.calendar_dialog import CalendarDialog
from tests.conftest import act_as
from tests.services.test_followups import at_unavailable

WIB = timezone(timedelta(hours=7))


def test_close_a_day_by_keyboard_and_the_desk_promises_after_it(
    qtbot, window, services, clock
) -> None:  # type: ignore[no-untyped-def]
    clock.now = datetime(2027, 3, 1, 9, 0, tzinfo=WIB)
    act_as(services)  # the supervisor (menu: File → Library calendar, after the PIN)
    dialog = CalendarDialog(
        services.calendar, lambda: "Kepala", lambda: "id", clock().date(), window
    )
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # Idul Fitri and the cuti bersama around it are listed, from the national calendar.
    listed = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text()
        for r in range(dialog.table.rowCount())
    }
    assert listed["Rabu, 10 Maret 2027"] == "kalender nasional"
    assert "Jumat, 12 Maret 2027" in listed  # cuti bersama
    # Alt+H to the day, type it, Alt+A to the reason, Alt+T closes the library that day.
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.day_edit
    dialog.day_edit.setDate(QDate(2027, 3, 16))
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.note_edit
    qtbot.keyClicks(dialog.note_edit, "Stock opname")
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(services.calendar.calendar().closures))  # an animated click
    assert services.calendar.calendar().closures == {date(2027, 3, 16): "Stock opname"}
    row = next(
        r for r in range(dialog.table.rowCount()) if "16 Maret" in dialog.table.item(r, 0).text()
    )
    assert dialog.table.item(row, 1).text() == "Stock opname"
    assert dialog.table.item(row, 2).text() == "Anda (penyelia)"
    # Saturday becomes an opening day: Space on its box.
    dialog.weekday_boxes[5].setFocus()
    qtbot.keyClick(dialog.weekday_boxes[5], Qt.Key.Key_Space)
    assert services.calendar.calendar().opening_days == frozenset(range(6))
    # Unticking every day is refused in plain words, and nothing changes.
    for box in dialog.weekday_boxes:
        if box.isChecked():
            box.setChecked(False)
    assert dialog.error_label.isVisibleTo(dialog)
    assert (
        dialog.error_label.text()
        == "Pilih minimal satu hari dalam seminggu saat perpustakaan buka."
    )
    assert services.calendar.calendar().opening_days == frozenset({5})
    clock.now = datetime(2027, 3, 9, 10, 0, tzinfo=WIB)
    act_as(services)  # a week later (the role had dropped as idle)
    services.calendar.set_opening_days(frozenset(range(5)), "Kepala")
    assert services.followups.default_due(at_unavailable(services)) == date(2027, 3, 18)
