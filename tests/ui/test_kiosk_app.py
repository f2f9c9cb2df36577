"""``desk-assistant kiosk``: the survey kiosk alone, for a PC patrons use by themselves:
it closes only with the supervisor's PIN, and a period that arrives by sync shows."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desk_assistant.domain.roles import Role
from desk_assistant.ui.kiosk_app import KIOSK_DESK, build_kiosk
from desk_assistant.ui.role_dialogs import PinDialog
from tests.conftest import act_as


def test_a_patron_cannot_close_the_kiosk_the_supervisor_can(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    services.auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    services.auth.lock()
    kiosk, worker = build_kiosk(services, "id")
    assert not worker.active()  # alone: nothing to sync
    kiosk.show()
    qtbot.waitExposed(kiosk)
    assert kiosk.stack.currentWidget() is kiosk.waiting
    tries: list[str] = []

    def type_pin(pin: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PinDialog)
        tries.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.pin_edit, pin)
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
        if dialog.isVisible():  # refused: said in the dialog; the patron gives up
            tries.append(dialog.error_label.text())
            qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Escape)

    QTimer.singleShot(0, lambda: type_pin("1111"))
    kiosk.close()  # Alt+F4, the window's cross: the same
    assert kiosk.isVisible() and "PIN salah" in tries[-1]
    QTimer.singleShot(0, lambda: type_pin("482915"))
    kiosk.close()
    assert not kiosk.isVisible()
    assert services.auth.role is Role.DESK  # nobody stays supervisor at a kiosk


def test_the_kiosk_takes_answers_under_its_own_desk_name(qtbot, services, clock) -> None:  # type: ignore[no-untyped-def]
    kiosk, _worker = build_kiosk(services, "en")
    assert kiosk.stack.currentWidget() is kiosk.waiting
    act_as(services)
    services.feedback.start_survey("Kepala")
    kiosk.refresh()  # what a sync that brought the period does
    questionnaire = kiosk.questionnaire
    assert questionnaire is not None and questionnaire.desk == KIOSK_DESK
    assert questionnaire.boxes[0].title() == "U1. Requirements"
    for box in questionnaire.boxes:
        qtbot.mouseClick(box.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(questionnaire.send_button, Qt.MouseButton.LeftButton)
    assert kiosk.sent == 1
    desks = services._store.db.execute("SELECT desk FROM skm_responses").fetchall()
    assert desks == [(KIOSK_DESK,)]
    kiosk.close()  # no supervisor PIN set: closes


def test_the_command_is_offered() -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "desk_assistant", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert shown.returncode == 0 and "kiosk" in shown.stdout
