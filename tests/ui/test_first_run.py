"""The first run: once, by the supervisor; "later" is never asked again at start."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desk_assistant.domain.roles import Role
from desk_assistant.ui import settings as opt


def _answer(qtbot, fill, recovery: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the setup dialog with ``fill(dialog)``; with ``recovery``, then close the
    recovery code shown after it."""
    seen: list[str] = []

    def step() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(30, step)
            return
        seen.append(box.objectName())
        if box.objectName() == "firstRunDialog":
            fill(box)
            if recovery:
                QTimer.singleShot(30, step)
        elif box.objectName() == "recoveryCodeBox":
            qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(30, step)
    return seen


def test_the_setup_is_asked_once_and_the_pin_not_again_right_after(  # type: ignore[no-untyped-def]
    qtbot, window, services, settings
) -> None:
    assert services.settings.first_run_due()
    assert window.setup_action.isVisible() or not window.file_menu.isVisible()

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.library_edit.setText("Perpustakaan Kota Kediri")
        qtbot.keyClicks(dialog.desks_edit, "Meja Sirkulasi 1")
        qtbot.keyClick(dialog.desks_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.desks_edit, "Meja Referensi")
        dialog.this_desk_combo.setCurrentIndex(1)
        dialog.pin_edit.setText("482913")
        dialog.again_edit.setText("482913")
        qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)  # Save is the default

    seen = _answer(qtbot, fill, recovery=True)
    window.first_run()
    assert seen == ["firstRunDialog", "recoveryCodeBox"]
    assert services.settings.library_name("") == "Perpustakaan Kota Kediri"
    assert services.desk.desks() == ["Meja Sirkulasi 1", "Meja Referensi"]
    assert settings.get(opt.THIS_DESK) == "Meja Referensi"
    assert services.followups.this_desk == "Meja Referensi"
    # Whoever set the PIN is the supervisor now: no PIN is asked right after.
    assert services.auth.role is Role.SUPERVISOR
    assert window.roles.ensure_role(Role.SUPERVISOR) is True
    assert not services.settings.first_run_due()
    assert not window.setup_action.isVisible()


def test_later_is_not_asked_again_at_start(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    seen = _answer(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    window.first_run()
    assert seen == ["firstRunDialog"]
    assert not services.settings.first_run_due()  # the next start does not ask
    assert services.auth.first_pin_needed(Role.SUPERVISOR)  # nothing was set
    assert services.settings.library_name("") == ""


def test_a_pin_too_short_is_said_in_the_dialog_and_nothing_is_stored(  # type: ignore[no-untyped-def]
    qtbot, window, services
) -> None:
    said: list[str] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.library_edit.setText("Perpustakaan Desa")
        dialog.pin_edit.setText("12")
        dialog.again_edit.setText("12")
        qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
        said.append(dialog.error_label.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    seen = _answer(qtbot, fill)
    window.first_run()
    assert seen == ["firstRunDialog"]
    assert said and said[0]
    assert services.settings.library_name("") == ""
    assert services.auth.first_pin_needed(Role.SUPERVISOR)


def test_a_desk_name_too_long_is_said_and_nothing_is_stored(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.library_edit.setText("Perpustakaan Desa")
        qtbot.keyClicks(dialog.desks_edit, "Meja " + "x" * 200)
        dialog.pin_edit.setText("482913")
        dialog.again_edit.setText("482913")
        qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
        said.append(dialog.error_label.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _answer(qtbot, fill)
    window.first_run()
    assert said and said[0]  # said in the dialog, in plain words
    assert services.auth.first_pin_needed(Role.SUPERVISOR)  # no PIN left half set
    assert services.settings.library_name("") == ""
