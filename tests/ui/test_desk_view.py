"""The desk flow, driven by keyboard only, as a librarian would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desk_assistant.storage.interactions import InteractionRepository
from tests.conftest import FakeClock, act_as
from tests.packs import MINIMAL

GREETING_ID = "Selamat pagi! Ada yang bisa saya bantu?"


def press(qtbot, window, key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.desk_view, key)


def prompt(window) -> str:  # type: ignore[no-untyped-def]
    return window.desk_view.prompt_label.text()


def walk(qtbot, window, clock: FakeClock, keys_and_prompts) -> None:  # type: ignore[no-untyped-def]
    for key, expected in keys_and_prompts:
        clock.advance(10)
        press(qtbot, window, key)
        assert prompt(window) == expected, f"after {key!r}"


def start_of_need(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    assert prompt(window) == GREETING_ID
    assert window.desk_view.progress.texts()[0] == "1. Sambut"
    walk(
        qtbot,
        window,
        clock,
        [
            (Qt.Key.Key_Return, "Boleh saya minta kartu perpustakaan Anda?"),
            (Qt.Key.Key_Space, "Terima kasih."),
            (Qt.Key.Key_Return, "Baik, apa keperluan Anda hari ini?"),
        ],
    )
    assert window.desk_view.progress.texts()[:3] == ["✓ Sambut", "✓ Kartu", "3. Kebutuhan"]
    assert window.desk_view.choice_texts()[0] == "1   Meminjam"


def finish(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    walk(
        qtbot,
        window,
        clock,
        [
            (
                Qt.Key.Key_1,
                "Silakan, ini kartu Anda. Terima kasih sudah berkunjung, sampai jumpa lagi!",
            ),
            (Qt.Key.Key_Return, GREETING_ID),  # stored; the next patron's greeting
        ],
    )


def stored(services, number: int):  # type: ignore[no-untyped-def]
    repo = InteractionRepository(services._store.db)
    assert repo.count() == number
    return repo.get(number)


def test_borrow_by_keyboard(qtbot, window, services, clock) -> None:  # type: ignore[no-untyped-def]
    start_of_need(qtbot, window, clock)
    walk(
        qtbot,
        window,
        clock,
        [
            (Qt.Key.Key_1, "Baik, saya proses peminjamannya. Mohon ditunggu sebentar."),
            (
                Qt.Key.Key_Return,
                "Ini bukunya. Tanggal kembalinya tertera di slip; bisa diperpanjang "
                "selama belum ada yang memesan.",
            ),
            (Qt.Key.Key_Return, "Apakah ada lagi yang bisa saya bantu hari ini?"),
        ],
    )
    assert window.desk_view.progress.texts()[4] == "5. Tutup"
    finish(qtbot, window, clock)
    row = stored(services, 1)
    assert row.need == "borrow"
    assert row.outcome == "served"
    assert row.steps == (
        "greet",
        "card",
        "card_thanks",
        "need",
        "borrow",
        "borrow_due",
        "close",
        "farewell",
    )
    assert row.duration_s == 70  # 8 keys 10 s apart, timed from the first
    assert (row.staff, row.desk, row.pack_id, row.pack_version) == (
        "SW",
        "Meja 1",
        "layanan-prima",
        services.packs.active.version,
    )
    assert (row.language, row.segment) == ("id", "general")
    assert "Tersimpan" in window.desk_view.saved_label.text()


def test_find_material_by_keyboard(qtbot, window, services, clock) -> None:  # type: ignore[no-untyped-def]
    start_of_need(qtbot, window, clock)
    walk(
        qtbot,
        window,
        clock,
        [
            (Qt.Key.Key_4, "Judul apa yang Anda cari? Saya bantu carikan di katalog."),
            (
                Qt.Key.Key_2,
                "Mohon maaf, bahan itu sedang tidak tersedia. Saya jelaskan pilihan yang "
                "Anda punya.",
            ),
        ],
    )
    panel = window.desk_view.options_panel
    assert panel.isVisible() and panel.title_edit.hasFocus()
    qtbot.keyClick(panel.title_edit, Qt.Key.Key_Escape)  # nothing typed: simply leaves
    assert not panel.isVisible()
    walk(
        qtbot,
        window,
        clock,
        [
            (Qt.Key.Key_Left, "Judul apa yang Anda cari? Saya bantu carikan di katalog."),
            (Qt.Key.Key_1, "Bukunya tersedia. Ini nomor panggilnya; mari saya tunjukkan raknya."),
            (Qt.Key.Key_Return, "Apakah ada lagi yang bisa saya bantu hari ini?"),
        ],
    )
    finish(qtbot, window, clock)
    row = stored(services, 1)
    assert row.need == "find"
    assert row.steps[-4:] == ("find", "find_available", "close", "farewell")
    assert "find_unavailable" in row.steps  # the walk is kept, back-steps included
    assert row.unavailable is False and row.next_step is None


def test_complaint_by_keyboard(qtbot, window, services, clock) -> None:  # type: ignore[no-untyped-def]
    start_of_need(qtbot, window, clock)
    walk(
        qtbot,
        window,
        clock,
        [
            (Qt.Key.Key_7, "Silakan ceritakan; saya dengarkan."),
            (
                Qt.Key.Key_Return,
                "Mohon maaf atas ketidaknyamanan yang Anda alami. Terima kasih sudah "
                "menyampaikannya kepada kami.",
            ),
            (Qt.Key.Key_Return, "Yang bisa kami lakukan sekarang adalah ini…"),
            (Qt.Key.Key_1, "Keluhan Anda saya catat agar layanan kami menjadi lebih baik."),
            (Qt.Key.Key_Return, "Apakah ada lagi yang bisa saya bantu hari ini?"),
        ],
    )
    finish(qtbot, window, clock)
    row = stored(services, 1)
    assert (row.need, row.outcome) == ("complaint", "complaint_recorded")


def test_abandon_asks_first(qtbot, window, services, clock) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, window, Qt.Key.Key_Escape)  # nothing to abandon on a fresh greeting
    assert not window.desk_view.banner.isVisibleTo(window)
    press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.desk_view.banner.isVisibleTo(window)
    assert "Batalkan interaksi ini?" in window.desk_view.banner.text()
    press(qtbot, window, Qt.Key.Key_N)  # no: go on
    assert not window.desk_view.banner.isVisibleTo(window)
    assert prompt(window) == "Boleh saya minta kartu perpustakaan Anda?"
    assert InteractionRepository(services._store.db).count() == 0
    # A reflex Enter never abandons: it goes on serving, as T (tidak) does.
    for no in (Qt.Key.Key_Return, Qt.Key.Key_T):
        press(qtbot, window, Qt.Key.Key_Escape)
        assert "T/Esc/Enter:\u00a0tidak,\u00a0lanjutkan" in window.desk_view.banner.text()
        press(qtbot, window, no)
        assert not window.desk_view.banner.isVisibleTo(window)
        assert prompt(window) == "Boleh saya minta kartu perpustakaan Anda?"
    assert InteractionRepository(services._store.db).count() == 0
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Y)
    assert prompt(window) == GREETING_ID
    assert stored(services, 1).outcome == "abandoned"


def test_language_switch_at_run_time(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.keyClick(window.desk_view, Qt.Key.Key_F6)
    assert prompt(window) == "May I have your library card, please?"
    assert window.desk_view.next_button.text() == "Next (Enter) →"
    assert window.tabs.tabText(0) == "&Desk"
    qtbot.keyClick(window.desk_view, Qt.Key.Key_F6)
    assert prompt(window) == "Boleh saya minta kartu perpustakaan Anda?"
    assert window.tabs.tabText(0) == "&Meja Layanan"


def test_segment_variant_is_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.domain.vocabulary import Segment

    window.desk_view.set_segment(Segment.ELDERLY)
    assert "Berdiri untuk menyambut" in window.desk_view.hint_label.text()
    window.desk_view.set_segment(Segment.CHILD)
    assert "Kakak" in prompt(window)


def test_mouse_works_too(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.desk_view.next_button, Qt.MouseButton.LeftButton)
    assert prompt(window) == "Boleh saya minta kartu perpustakaan Anda?"
    qtbot.mouseClick(window.desk_view.back_button, Qt.MouseButton.LeftButton)
    assert prompt(window) == GREETING_ID


def test_bad_pack_is_refused_and_desk_keeps_working(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.replace("next: bye", "next: nowhere"), encoding="utf-8")
    act_as(window.services, "trainer", "Pelatih")  # File → Load script pack asks for it
    assert window.load_pack(str(bad)) is False
    box = window.last_message_box
    assert "tidak sah" in box.text()
    assert "Tujuan 'nowhere' tidak ada" in box.detailedText()
    box.close()
    assert prompt(window) == GREETING_ID
    press(qtbot, window, Qt.Key.Key_Return)
    assert prompt(window) == "Boleh saya minta kartu perpustakaan Anda?"
    good = tmp_path / "good.yaml"
    good.write_text(MINIMAL, encoding="utf-8")
    assert window.load_pack(str(good)) is True
    assert "Mini" in window.status.pack_label.text()


def test_shift_dialog_validates_and_starts(qtbot, services, settings) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.ui.shift_dialogs import ShiftStartDialog

    dialog = ShiftStartDialog(services.desk, "", "Meja 1", "id")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Isi nama atau inisial petugas."
    assert services.desk.shift is None
    qtbot.keyClicks(dialog.staff_edit, "SW")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert services.desk.shift is not None
    assert services.desk.shift.staff == "SW"


def test_the_shift_dialog_offers_the_listed_desks(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    from desk_assistant.ui.shift_dialogs import ShiftStartDialog

    services.desk.set_desks(["Meja Sirkulasi", "Meja Referensi"], "Kepala")
    dialog = ShiftStartDialog(services.desk, "SW", "Meja Referensi", "id")
    qtbot.addWidget(dialog)
    assert isinstance(dialog.desk_edit, QComboBox) and not dialog.desk_edit.isEditable()
    assert dialog.desk_edit.currentText() == "Meja Referensi"
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert services.desk.shift is not None and services.desk.shift.desk == "Meja Referensi"
