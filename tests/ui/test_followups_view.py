"""The Follow-ups view and its table model."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desk_assistant.domain.queue import QueueFilter, When
from desk_assistant.ui.followup_queue_model import PAGE_SIZE, FollowUpQueueModel
from tests.packs import make_followup


def test_model_passes_qtmodeltester(qtmodeltester, services, clock) -> None:  # type: ignore[no-untyped-def]
    for day in range(-3, 4):
        make_followup(services, f"Judul {day}", due=clock().date() + timedelta(days=day))
    model = FollowUpQueueModel(services.followups)
    model.set_filter(QueueFilter())
    qtmodeltester.check(model, force_py=True)
    model.set_filter(QueueFilter(when=When.OVERDUE))
    qtmodeltester.check(model, force_py=True)


def test_model_masks_contact_and_pages(services, clock) -> None:  # type: ignore[no-untyped-def]
    for i in range(PAGE_SIZE + 5):
        make_followup(services, f"Judul {i}", "Budi Santoso")
    model = FollowUpQueueModel(services.followups)
    model.set_filter(QueueFilter())
    assert model.total == PAGE_SIZE + 5
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 5 and not model.canFetchMore()
    texts = {model.data(model.index(0, column)) for column in range(model.columnCount())}
    assert "B*** S***" in texts and "0812-****-7890" in texts
    assert not any("Budi" in str(t) or "3456" in str(t) for t in texts)


def test_detail_reveals_on_request_and_records_it(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    followup = make_followup(services)
    window.show_view("followups")
    view = window.followups_view
    view.refresh()
    detail = view.detail
    assert detail.followup is not None and detail.followup.id == followup.id
    assert "B*** S***" in detail.contact_label.text()
    assert "0812-****-7890" in detail.contact_label.text()
    assert "Budi" not in detail.contact_label.text()
    qtbot.mouseClick(detail.reveal_button, Qt.MouseButton.LeftButton)
    assert "Budi Santoso" in detail.contact_label.text()
    assert "0812-3456-7890" in detail.contact_label.text()
    kinds = [e.kind for e in services.followups.repo.events(followup.id)]
    assert kinds[-1] == "reveal"
    assert "kontak ditampilkan" in detail.history.item(0).text()


def test_attempt_in_two_keys_and_status_change(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    followup = make_followup(services)
    window.show_view("followups")
    view = window.followups_view
    view.refresh()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    qtbot.keyClick(view.table, Qt.Key.Key_2)  # called — no answer
    stored = services.followups.get(followup.id)
    assert (stored.attempts, stored.failed_attempts, stored.status.value) == (1, 1, "in_progress")
    detail = view.detail
    detail.status_combo.setCurrentIndex(detail.status_combo.findData("cancelled"))
    qtbot.mouseClick(detail.status_button, Qt.MouseButton.LeftButton)
    assert detail.status_error.isVisible()  # a reason is required
    assert services.followups.get(followup.id).status.value == "in_progress"
    qtbot.keyClicks(detail.reason_edit, "pemustaka sudah membeli sendiri")
    qtbot.mouseClick(detail.status_button, Qt.MouseButton.LeftButton)
    assert services.followups.get(followup.id).status.value == "cancelled"
    assert view.model.total == 0  # no longer active


def test_search_box_filters(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    make_followup(services, "Bumi Manusia", "Siti Aminah")
    wanted = make_followup(services, "Laskar Pelangi", "Budi Santoso")
    window.show_view("followups")
    view = window.followups_view
    view.refresh()
    assert view.model.total == 2
    qtbot.keyClicks(view.search_edit, "budi")
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=2000)
    assert view.model.row_at(0).code == wanted.code
    assert "1 tindak lanjut" in view.count_label.text()


def test_handover_sheet_pdf(qtbot, window, services, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_followup(services, "Bumi Manusia", "Siti Aminah", due=clock().date() - timedelta(1))
    make_followup(services, "Laskar Pelangi", "Budi Santoso")
    sheet = window.documents.handover_sheet()
    (overdue_heading, overdue), (today_heading, today) = sheet.sections
    assert (overdue_heading, len(overdue)) == ("Terlambat", 1)
    assert (today_heading, len(today)) == ("Jatuh tempo hari ini", 1)
    assert "S*** A***" in overdue[0] and "Siti" not in " ".join(overdue[0])
    path = tmp_path / "handover.pdf"
    assert window.documents.write_handover(path)
    assert path.read_bytes().startswith(b"%PDF")


def test_headline_in_status_bar(window, services, clock) -> None:  # type: ignore[no-untyped-def]
    make_followup(services, due=clock().date() - timedelta(days=1))
    make_followup(services)
    window.status.refresh()
    assert (
        window.status.headline_label.text() == "Tindak lanjut: 1 jatuh tempo hari ini, 1 terlambat"
    )


def test_titles_and_names_show_as_typed_never_as_html(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    title, name = "Belajar <b>HTML</b> & CSS", "Ani <i>Putri</i>"
    make_followup(services, title, name)
    window.show_view("followups")
    detail = window.followups_view.detail
    qtbot.mouseClick(detail.reveal_button, Qt.MouseButton.LeftButton)
    value = detail.fact_labels["item"][1]
    assert value.text().startswith(title) and value.textFormat() == Qt.TextFormat.PlainText
    assert not detail.fact_labels["call"][1].isHidden()  # material has a call number row
    assert name in detail.contact_label.text()
    assert detail.contact_label.textFormat() == Qt.TextFormat.PlainText
    # The call script is a numbered list (HTML); what was typed in it is escaped.
    document = QTextDocument()
    document.setHtml(detail.script_text.text())
    shown = document.toPlainText()
    assert title in shown and name in shown


def test_actions_say_what_they_did_and_filters_say_what_they_show(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    make_followup(services)
    window.show_view("followups")
    view = window.followups_view
    view.refresh()
    assert view.desk_combo.itemText(0) == "Semua meja"
    assert view.staff_combo.itemText(0) == "Semua petugas"
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    assert window.statusBar().currentMessage().startswith("Upaya menghubungi: sekarang tekan 1–7")
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)  # any other key cancels
    assert not view.attempt_pending
    view.detail.copy_message()  # this PC's own desk: revealed and recorded, then copied
    assert window.statusBar().currentMessage().startswith("Pesan disalin")
    window.set_language("en")
    assert view.count_label.text() == "1 follow-up"


def test_columns_follow_the_text_size_changed_while_the_queue_is_open(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    make_followup(services)
    window.show_view("followups")
    table = window.followups_view.table
    code_width = table.columnWidth(0)
    try:
        window.look.apply(2.0)  # Ctrl + while the queue is open
        qtbot.waitUntil(lambda: table.columnWidth(0) > code_width * 1.6, timeout=2000)
        metrics = table.fontMetrics()
        assert table.columnWidth(0) >= metrics.horizontalAdvance("TL-WWWWW")  # never "TL-H…"
    finally:
        window.look.apply(1.0)
    qtbot.waitUntil(lambda: table.columnWidth(0) == code_width, timeout=2000)


def test_a_followup_that_took_a_new_code_is_found_by_the_old_one(  # type: ignore[no-untyped-def]
    qtbot, window, services, clock
) -> None:
    """A desk that ran alone, then joined a library server where its code was taken: the
    slip's code still finds the follow-up, and its history says why the code changed."""
    from desk_assistant.storage.server_followups import recode

    followup = make_followup(services, "Sang Pemimpi")
    make_followup(services, "Ronggeng Dukuh Paruk")
    new = recode(services._store.db, followup.id, clock().isoformat())
    window.show_view("followups")
    view = window.followups_view
    view.search_edit.setFocus()
    qtbot.keyClicks(view.search_edit, followup.code.lower())
    qtbot.waitUntil(lambda: view.table.model().rowCount() == 1)
    detail = view.detail
    assert detail.followup is not None and detail.followup.code == new
    assert detail.followup.item.title == "Sang Pemimpi"
    line = detail.history.item(0).text()
    assert f"kode baru {new}" in line and followup.code in line
    window.set_language("en")
    assert f"new code {new}" in detail.history.item(0).text()
