"""Nothing is changed or lost by a reflex: a wheel passing over a value, an Enter."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget


def _wheel(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_past_a_value_it_is_not_aimed_at(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.ui import wheel_guard

    guard = wheel_guard.install(QApplication.instance())  # as run_gui does
    assert wheel_guard.install(QApplication.instance()) is guard  # once per application
    area = QScrollArea()
    qtbot.addWidget(area)
    page = QWidget()
    layout = QVBoxLayout(page)
    combo = QComboBox(page)
    combo.addItems(["Terbuka", "Diproses", "Selesai"])
    spin = QSpinBox(page)
    layout.addWidget(combo)
    layout.addWidget(spin)
    layout.addSpacing(3000)  # a pane taller than its window
    area.setWidget(page)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    for value_widget in (combo, spin):
        before = bar.value()
        _wheel(value_widget)
        assert combo.currentIndex() == 0 and spin.value() == 0  # the value stayed
        assert bar.value() > before  # the pane scrolled instead
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)
    assert combo.currentIndex() == 1  # aimed at (focused): it takes the wheel


def test_a_reflex_enter_on_quit_keeps_the_patron(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    flow = window.desk_view.flow
    flow.advance()  # greeted: an interaction is in progress
    assert flow.touched

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(50, press_enter)
    assert window.close() is False  # Enter chose "go on serving"
    assert window.isVisible() and window.desk_view.flow is flow and flow.touched


def test_a_step_forward_and_back_at_the_greeting_stores_no_phantom(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.storage.interactions import InteractionRepository

    qtbot.keyClick(window.desk_view, Qt.Key.Key_Right)
    qtbot.keyClick(window.desk_view, Qt.Key.Key_Backspace)
    assert not window.desk_view.flow.touched
    assert window.close() is True  # no question: nobody is being served
    assert InteractionRepository(services._store.db).count() == 0


def test_a_restart_offers_the_shift_left_open_and_resumes_it(  # type: ignore[no-untyped-def]
    qtbot, window, services, settings
) -> None:
    from desk_assistant.ui import settings as opt

    shift = services.desk.shift
    assert shift is not None
    settings.set(opt.DESK, shift.desk)  # this PC's last desk
    window.desk_view.flow = services.desk.new_interaction()
    assert window.close() is True  # quitting does not end the shift
    assert services.desk.open_shift(shift.desk) is not None
    services.desk.shift = None  # as a new process would find it

    def resume() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == "openShiftBox"
        assert "SW" in box.text() and "Meja 1" in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: resume

    QTimer.singleShot(50, resume)
    assert window.ask_shift() is True
    assert services.desk.shift is not None and services.desk.shift.id == shift.id
    assert window.statusBar().currentMessage().startswith("Giliran dilanjutkan")


def test_news_about_the_last_patron_goes_when_the_next_one_comes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.statusBar().showMessage("Slip tersimpan: TL-ABCD.pdf", 60_000)
    # A borrow, by its keys: greet, card, thanks, need 1 (borrow), served, close 1, next.
    keys = [Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_1]
    keys += [Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_1]
    for key in keys:
        qtbot.keyClick(window.desk_view, key)
    assert window.statusBar().currentMessage() == "Slip tersimpan: TL-ABCD.pdf"
    qtbot.keyClick(window.desk_view, Qt.Key.Key_Return)  # stored: the next patron
    assert window.statusBar().currentMessage() == ""


def test_quitting_mid_checklist_keeps_the_draft_for_the_next_start(  # type: ignore[no-untyped-def]
    qtbot, window, services, settings
) -> None:
    from tests.ui.test_unavailable import key, to_unavailable, type_text

    to_unavailable(qtbot, window)
    panel = window.desk_view.options_panel
    type_text(qtbot, "Laskar Pelangi")
    key(qtbot, Qt.Key.Key_Return)  # to the options
    key(qtbot, Qt.Key.Key_1)  # hold
    key(qtbot, Qt.Key.Key_6)  # call back
    panel.consent_box.setChecked(True)
    panel.name_edit.setText("Budi Santoso")
    asked: list[str] = []

    def quit_anyway() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        asked.append(box.text())
        quit_button = next(b for b in box.buttons() if b.text() == "Keluar")
        quit_button.click()

    QTimer.singleShot(50, quit_anyway)
    assert window.close() is True
    assert "disimpan dan ditawarkan lagi" in asked[0]

    # The next start, at the same desk: the checklist is offered back as it was.
    from desk_assistant.ui.application import build_window

    again, _ = build_window(services, settings, language="id", font_scale=1.0)
    qtbot.addWidget(again)
    again.show()
    offered: list[str] = []

    def reopen() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == "draftBox"
        offered.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: open it again

    QTimer.singleShot(50, reopen)
    again.offer_draft()
    assert "Laskar Pelangi" in offered[0]
    view = again.desk_view
    reopened = view.options_panel
    assert view.flow.unavailable and reopened.isVisible()
    assert reopened.title_edit.text() == "Laskar Pelangi"
    assert reopened.option_boxes["hold"].isChecked()
    assert reopened.option_boxes["call_back"].isChecked()
    assert reopened.consent_box.isChecked() and reopened.name_edit.text() == "Budi Santoso"
    # Taken: the database keeps no copy, and it is not offered twice.
    assert services.desk.take_draft() is None
    services.desk.shift = None
    view.flow = services.desk.new_interaction()
