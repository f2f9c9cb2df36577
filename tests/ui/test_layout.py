"""At 1366x768 and 200 % text, every step of the default pack fits without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from desk_assistant.domain.flow import InteractionFlow
from desk_assistant.domain.vocabulary import Segment
from tests.conftest import flush_deletes


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_step_fits_at_double_text_size(qtbot, services, settings, lang) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.ui.application import build_window

    window, _ = build_window(services, settings, language=lang, font_scale=2.0)
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        view = window.desk_view
        scroll = view.findChild(QScrollArea)
        pack = services.packs.active
        too_tall, too_wide = [], []
        for segment in Segment:
            view.segment_combo.setCurrentIndex(list(Segment).index(segment))
            for step_id in pack.steps:
                view.flow = InteractionFlow.at_step(pack, services.clock, step_id, segment)
                view.refresh()
                QApplication.processEvents()
                if scroll.verticalScrollBar().maximum() > 0:
                    too_tall.append((segment.value, step_id))
                panel = view._options_panel
                if panel is not None and not panel.isHidden():
                    # The checklist may scroll down, never sideways (fields cut off).
                    sideways = panel.findChild(QScrollArea).horizontalScrollBar()
                    if sideways.maximum() > 0:
                        too_wide.append((segment.value, step_id))
                assert window.width() <= 1366
                assert window.height() <= 768
        assert too_tall == [], too_tall
        assert too_wide == [], too_wide
    finally:
        window.desk_view.flow = services.desk.new_interaction()
        window.close()
        window.deleteLater()
        flush_deletes()


def test_at_double_text_size_the_status_bar_keeps_the_follow_ups_due_whole(
    qtbot, services, settings
) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.ui.application import build_window

    window, _ = build_window(services, settings, language="id", font_scale=2.0)
    try:
        services.desk.start_shift("Siti Wulandari", "Meja Sirkulasi 1")
        window.status.refresh()
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        for label in (window.status.headline_label, window.status.role_label):
            assert label.width() >= label.sizeHint().width(), label.text()
        shift = window.status.shift_label  # may be cut, yet readable
        assert shift.width() > 100 and shift.toolTip() == shift.text()
        assert window.status.pack_label.isHidden()  # in the Scripts tab; no room here
        window.step_font_scale(-4)  # back to 100 %: room for everything
        QApplication.processEvents()
        assert not window.status.pack_label.isHidden()
        for label in (
            shift,
            window.status.headline_label,
            window.status.role_label,
            window.status.pack_label,
        ):
            assert label.width() >= label.sizeHint().width(), label.text()
    finally:
        services.desk.shift = None
        window.close()
        window.deleteLater()
        flush_deletes()


def test_at_double_text_size_the_shift_dialog_shows_every_line_whole(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from desk_assistant.ui.look import Look
    from desk_assistant.ui.shift_dialogs import ShiftStartDialog

    app = QApplication.instance()
    look = Look(app)
    look.apply(2.0)
    try:
        dialog = ShiftStartDialog(services.desk, "", "", "id", "Tindak lanjut: 3 jatuh tempo")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        wrapped = [label for label in dialog.findChildren(QLabel) if label.wordWrap()]
        cut = [
            label.text()[:30]
            for label in wrapped
            if label.isVisible() and label.height() < label.heightForWidth(label.width())
        ]
        assert len(wrapped) >= 7 and cut == []
    finally:
        look.apply(1.0)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_at_double_text_size_no_view_scrolls_sideways(qtbot, services, settings, lang) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.services.demo import generate
    from desk_assistant.ui.application import build_window
    from tests.packs import make_followup

    services._store.app_state.set("demo_data", "1")
    generate(services._store.db, 300, 0, seed=3, today=services.clock().date())
    make_followup(services)
    window, _ = build_window(services, settings, language=lang, font_scale=2.0)
    try:
        window.screenshot_mode = True  # no PIN asked for the supervisor's and trainer's tabs
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        sideways = []
        for name in ("followups", "reports", "scripts"):
            window.show_view(name)
            QApplication.processEvents()
            for area in window.tabs.currentWidget().findChildren(QScrollArea):
                if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
                    sideways.append((name, area.widget().objectName() or type(area).__name__))
        assert sideways == []
    finally:
        window.close()
        window.deleteLater()
        flush_deletes()


def test_an_option_ticked_below_the_fold_comes_into_view(qtbot, services, settings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, Qt

    from desk_assistant.ui.application import build_window

    window, _ = build_window(services, settings, language="id", font_scale=2.0)
    try:
        services.desk.start_shift("SW", "Meja 1")
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        view = window.desk_view
        pack = services.packs.active
        view.flow = InteractionFlow.at_step(pack, services.clock, "find_unavailable")
        view.refresh()
        panel = view.options_panel
        first, last = list(panel.option_boxes.values())[0], list(panel.option_boxes.values())[-1]
        first.setFocus()
        qtbot.wait(200)  # the layout settles
        viewport = panel.scroll_area.viewport()

        def in_view(widget) -> bool:  # type: ignore[no-untyped-def]
            top = widget.mapTo(viewport, QPoint(0, 0)).y()
            return top >= 0 and top + widget.height() <= viewport.height()

        assert not in_view(last)  # below the fold at 200 %
        qtbot.keyClick(first, Qt.Key.Key_6)
        qtbot.wait(300)  # the follow-up part shows below; the layout settles
        assert last.isChecked() and in_view(last)
        assert in_view(panel.option_lines["call_back"])  # the line to say, too
    finally:
        window.desk_view.flow = services.desk.new_interaction()
        window.close()
        window.deleteLater()
        flush_deletes()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_follow_ups_view_cuts_nothing_after_a_live_change_to_200(  # type: ignore[no-untyped-def]
    qtbot, services, settings, lang
) -> None:
    from desk_assistant.domain.followup import Attempt
    from desk_assistant.ui.application import build_window
    from tests.conftest import act_as
    from tests.packs import make_followup

    act_as(services)
    followup = make_followup(services, "Laskar Pelangi: edisi ulang tahun ke-20", "Siti Rahayu")
    services.followups.log_attempt(
        followup.id, Attempt.CALLED_NO_ANSWER, "SW", "tidak diangkat, coba lagi sore hari"
    )
    window, _ = build_window(services, settings, language=lang, font_scale=1.0)
    try:
        services.desk.start_shift("Siti Wulandari", "Meja Sirkulasi 1")
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.show_view("followups")
        view = window.followups_view
        view.refresh()
        QApplication.processEvents()
        window.look.apply(2.0)  # the text size changes while the view is open
        qtbot.wait(100)
        search = view.search_edit
        text_width = search.fontMetrics().horizontalAdvance(search.placeholderText())
        assert text_width < search.contentsRect().width() - 8, "the search hint is cut"
        history = view.detail.history
        assert history.count() >= 3
        assert history.horizontalScrollBar().maximum() == 0  # lines wrap, none cut
        news = view.detail.news_edit
        assert news.verticalScrollBar().maximum() == 0  # the news is read whole
        assert window.status.pack_label.isHidden()  # the bar makes room at once
        button = view.handover_button
        assert button.width() >= button.sizeHint().width()
    finally:
        window.look.apply(1.0)
        window.close()
        window.deleteLater()
        flush_deletes()


def test_the_versions_table_fits_after_a_live_change_to_200(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import act_as

    act_as(services, "trainer")
    window.show_view("scripts")
    table = window.scripts_view.versions_panel.versions
    QApplication.processEvents()
    window.look.apply(2.0)
    try:
        qtbot.wait(100)
        for column in range(table.columnCount() - 1):  # the last one stretches
            needed = max(
                table.sizeHintForColumn(column),
                table.horizontalHeader().sectionSizeHint(column),
            )
            assert table.columnWidth(column) >= needed, column
    finally:
        window.look.apply(1.0)
