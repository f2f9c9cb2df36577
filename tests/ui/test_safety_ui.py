"""Data safety in the interface: the restore offer, the PIN dialog, reveal rights."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desk_assistant.app import build_services
from desk_assistant.domain.roles import Role
from desk_assistant.errors import DatabaseDamagedError
from desk_assistant.storage.custody import check_sound
from desk_assistant.ui.recovery import recover
from desk_assistant.ui.role_dialogs import PinDialog
from tests.conftest import act_as
from tests.packs import make_followup


@pytest.mark.parametrize("own_folder", [False, True])
def test_damaged_database_leads_to_the_restore_offer(
    qtbot, tmp_path: Path, clock, monkeypatch, own_folder: bool
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.db"
    services = build_services(path, clock)
    act_as(services)
    make_followup(services)
    assert services.backups is not None
    if own_folder:  # e.g. a USB drive: only the note beside the database says where
        services.backups.set_folder(tmp_path / "usb" / "cadangan", "Kepala", "supervisor")
    services.backups.backup("SW", "desk")
    assert (tmp_path / "usb" / "cadangan").is_dir() is own_folder
    assert (tmp_path / "backups").is_dir() is not own_folder
    services.close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    damaged = bytes(data)
    try:
        check_sound(path)
        raise AssertionError("the damage was not detected")
    except DatabaseDamagedError as exc:
        error = exc
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text() + " " + box.informativeText())
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                monkeypatch.setattr(box, "clickedButton", lambda b=button: b)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append("no backup"))
    recovered = recover(path, error, "id")
    assert recovered is not None
    recovered[0].close()
    assert "rusak" in shown[0] and "Pulihkan cadangan" in shown[0]
    kept = [p for p in tmp_path.glob("desk.db.damaged-*") if p.name[-4:] not in ("-wal", "-shm")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # the damaged file is kept
    restored = build_services(path, clock)
    assert restored.followups.repo.count() == 1
    restored.close()


def test_pin_dialog_says_what_is_wrong(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    services.auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    dialog = PinDialog(services.auth, Role.SUPERVISOR, "SW", "id")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin_edit, "1111")
    dialog.unlock()
    assert dialog.error_label.text() == "PIN salah. Sisa percobaan: 4."
    assert dialog.pin_edit.text() == ""
    qtbot.keyClicks(dialog.pin_edit, "482915")
    dialog.unlock()
    assert services.auth.role is Role.SUPERVISOR


def test_own_desk_reveals_other_desks_need_the_supervisor(window, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    own = make_followup(services, desk="Meja 1")
    other = make_followup(services, desk="Meja Referensi")
    asked: list[Role] = []
    monkeypatch.setattr(window.roles, "ensure_role", lambda role: asked.append(role) or False)
    assert window.roles.may_reveal(own) is True and asked == []
    assert window.roles.may_reveal(other) is False and asked == [Role.SUPERVISOR]


def test_role_shown_in_the_status_bar(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    window.status.refresh()
    assert window.status.role_label.text() == "Peran: petugas meja"
    services.auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")
    services.auth.unlock(Role.SUPERVISOR, "482915", "Kepala")
    window.status.refresh()
    assert window.status.role_label.text() == "Peran: penyelia"


def qtbot_app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_audit_log_exports_as_csv(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.ui.role_dialogs import AuditDialog
    from desk_assistant.ui.translations import Translations

    Translations.of(qtbot_app()).set_language("id")
    followup = make_followup(services)
    services.followups.reveal(followup.id, "SW")
    dialog = AuditDialog(services.audit_log, "Kepala", "supervisor")
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 1
    assert [table.horizontalHeaderItem(c).text() for c in range(5)] == [
        "Waktu", "Oleh", "Peran", "Tindakan", "Rincian",
    ]  # fmt: skip
    assert table.item(0, 3).text() == "Data kontak ditampilkan"  # the action in words
    assert table.item(0, 2).text() == "penyelia"  # the role too, not a code
    assert "<" not in table.item(0, 4).text() and "=" not in table.item(0, 4).text()
    assert "utuh" in dialog.status.text()  # the chain is intact
    path = tmp_path / "audit.csv"
    assert dialog.export_csv(path) == 1
    text = path.read_text(encoding="utf-8-sig")
    assert "reveal" in text and "Budi" not in text
    assert services._store.audit.entries()[0].action == "export"  # the export is audited
    services._store.db.execute("DROP TRIGGER audit_log_no_update")
    services._store.db.execute("UPDATE audit_log SET who = 'orang lain' WHERE id = 1")
    dialog.refresh()
    assert "1" in dialog.status.text() and dialog.status.property("warning")


def _press(monkeypatch, role) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the recovery question with the button of ``role`` (None: the default)."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        chosen = box.defaultButton()
        for button in box.buttons():
            if role is not None and box.buttonRole(button) == role:
                chosen = button
        monkeypatch.setattr(box, "clickedButton", lambda b=chosen: b)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append("critical"))
    return shown


def _lost(tmp_path: Path, clock):  # type: ignore[no-untyped-def]
    from desk_assistant.app import open_services
    from desk_assistant.errors import DatabaseMissingError

    path = tmp_path / "desk.db"
    services, _ = open_services(path, clock)
    make_followup(services)
    assert services.backups is not None
    services.backups.backup("SW", "desk")
    services.close()
    path.unlink()
    try:
        open_services(path, clock)
    except DatabaseMissingError as exc:
        return path, exc
    raise AssertionError("a lost database was made anew")


def test_a_lost_database_offers_its_backup_and_quits_by_default(
    qtbot, tmp_path: Path, clock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path, error = _lost(tmp_path, clock)
    shown = _press(monkeypatch, None)  # Enter / Esc: the default button
    assert recover(path, error, "id") is None
    assert "tidak ada" in shown[0] and not path.exists()
    _press(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    recovered = recover(path, error, "id")
    assert recovered is not None
    assert recovered[0].followups.repo.count() == 1
    recovered[0].close()


def test_a_lost_database_may_be_started_anew_on_purpose(
    qtbot, tmp_path: Path, clock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path, error = _lost(tmp_path, clock)
    _press(monkeypatch, QMessageBox.ButtonRole.DestructiveRole)
    recovered = recover(path, error, "id")
    assert recovered is not None
    assert recovered[0].followups.repo.count() == 0
    recovered[0].close()
    assert len(list((tmp_path / "backups").glob("*.db"))) == 1  # the old backup stays


def test_a_role_a_service_asks_for_brings_up_its_pin(window, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from desk_assistant.services.auth import RoleRequired
    from desk_assistant.ui.application import _install_excepthook

    asked: list[Role] = []
    monkeypatch.setattr(window.roles, "ensure_role", lambda role: asked.append(role) or True)
    saved = sys.excepthook
    _install_excepthook(window, "id")
    try:
        # What happens when a slot calls a protected service without asking first.
        with pytest.raises(RoleRequired) as info:
            services.privacy.set_retention_days(7, "SW", "desk")
        sys.excepthook(RoleRequired, info.value, None)
    finally:
        sys.excepthook = saved
    assert asked == [Role.SUPERVISOR]
    assert "penyelia" in window.last_message_box.text() or "supervisor" in (
        window.last_message_box.text()
    )


def test_the_first_pin_is_not_asked_again_right_after_it_is_set(
    window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.ui.role_dialogs import PinDialog, SetPinDialog

    assert services.auth.first_pin_needed(Role.SUPERVISOR)
    shown: list[str] = []

    def type_and_save(dialog: SetPinDialog) -> int:
        dialog.pin_edit.setText("482915")
        dialog.again_edit.setText("482915")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(SetPinDialog, "exec", type_and_save)
    monkeypatch.setattr(PinDialog, "exec", lambda d: shown.append("pin asked") or 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    assert window.roles.ensure_role(Role.SUPERVISOR)
    assert services.auth.role is Role.SUPERVISOR
    assert "pin asked" not in shown
    assert len(shown) == 1 and shown[0].count("-") == 3  # the recovery code, shown once


def test_the_audit_view_filters_by_action_person_and_day(qtbot, services, clock) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.ui.role_dialogs import AuditDialog
    from desk_assistant.ui.translations import Translations

    Translations.of(qtbot_app()).set_language("id")
    followup = make_followup(services)
    services.followups.reveal(followup.id, "SW")
    clock.advance(2 * 86400)
    act_as(services)  # two days on: the supervisor's PIN again
    services.settings.set_library_name("Perpustakaan Kota", "Kepala")
    dialog = AuditDialog(services.audit_log, "Kepala", "supervisor")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findText("Pengaturan diubah"))
    assert dialog.table.rowCount() == 1 and "Perpustakaan Kota" in dialog.table.item(0, 4).text()
    dialog.action_combo.setCurrentIndex(0)  # all actions
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findText("SW"))
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "SW"
    dialog.person_combo.setCurrentIndex(0)
    dialog.until_edit.setDate(dialog.since_edit.date())  # the first day only
    assert (
        dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "Data kontak ditampilkan"
    )


def test_audit_details_are_named_in_words(qtbot, services, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from desk_assistant.domain.queue import QueueFilter, When
    from desk_assistant.ui.role_dialogs import AuditDialog
    from desk_assistant.ui.translations import Translations

    Translations.of(qtbot_app()).set_language("id")
    make_followup(services)
    services.exports.export_followups(
        "csv", QueueFilter(when=When.OVERDUE), tmp_path / "f.csv", "Kepala", "supervisor",
        masked=True,
    )  # fmt: skip
    services.calendar.close_day(date(2027, 3, 16), "Stock opname", "Kepala")
    dialog = AuditDialog(services.audit_log, "Kepala", "supervisor")
    qtbot.addWidget(dialog)
    details = [dialog.table.item(row, 4).text() for row in range(dialog.table.rowCount())]
    assert details[0] == "hari kalender: 2027-03-16; buka: tidak; catatan: Stock opname"
    assert details[1] == (
        "apa: daftar tindak lanjut; format: CSV; filter: (jatuh tempo: terlambat); "
        "baris: 0; disamarkan: ya"
    )
