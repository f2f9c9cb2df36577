"""Every control a screen reader meets in a view is named, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.conftest import act_as
from tests.packs import make_followup

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed(root: QWidget) -> list[str]:
    """Visible controls with neither an accessible name, a label (buddy) nor a text."""
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox, QAbstractItemView)):
            continue  # a part of another control (a line edit inside a combo box)
        if widget.accessibleName().strip() or id(widget) in labelled:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_control_of_every_view_has_a_name(qtbot, window, services, lang: str) -> None:  # type: ignore[no-untyped-def]
    make_followup(services)  # the follow-up detail shows its controls
    act_as(services)  # reports and scripts are the supervisor's and the trainer's
    window.set_language(lang)
    missing = {}
    for view in ("desk", "followups", "reports", "scripts"):
        window.show_view(view)
        QApplication.processEvents()
        found = unnamed(window.tabs.currentWidget())
        if found:
            missing[view] = found
    assert missing == {}


def _dialogs(window, services):  # type: ignore[no-untyped-def]
    """Every dialog of the program's own, as it opens."""
    from desk_assistant.domain.roles import Role
    from desk_assistant.ui.first_run import FirstRunDialog
    from desk_assistant.ui.role_dialogs import (
        AuditDialog,
        PatronRequestDialog,
        PinDialog,
        RecoveryDialog,
        SetPinDialog,
    )
    from desk_assistant.ui.shift_dialogs import ShiftStartDialog, ShiftSummaryDialog

    lang = window.language()
    summary = services.desk.shift_summary()
    yield FirstRunDialog(services.settings, "SW", lang, "", ["Meja 1"], window)
    yield ShiftStartDialog(services.desk, "SW", "Meja 1", lang, "", window)
    yield ShiftSummaryDialog(summary, window)
    yield PinDialog(services.auth, Role.SUPERVISOR, "SW", lang, window)
    yield SetPinDialog(services.auth, Role.TRAINER, "SW", lang, window)
    yield RecoveryDialog(services.auth, "SW", lang, window)
    yield AuditDialog(services.audit_log, "SW", "supervisor", window)
    yield PatronRequestDialog(services.privacy, "SW", lang, window)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_control_of_every_dialog_has_a_name(qtbot, window, services, lang: str) -> None:  # type: ignore[no-untyped-def]
    act_as(services)
    window.set_language(lang)
    missing = {}
    for dialog in _dialogs(window, services):
        dialog.show()
        QApplication.processEvents()
        found = unnamed(dialog)
        if found:
            missing[dialog.objectName() or type(dialog).__name__] = found
        dialog.close()
        dialog.deleteLater()
    assert missing == {}


def test_the_trainer_pin_says_what_it_protects(window, services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from desk_assistant.domain.roles import Role
    from desk_assistant.ui.role_dialogs import SetPinDialog

    act_as(services)
    texts = {}
    for role in (Role.TRAINER, Role.SUPERVISOR):
        dialog = SetPinDialog(services.auth, role, "SW", "id", window)
        texts[role] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.deleteLater()
    assert "paket naskah" in texts[Role.TRAINER] and "kontak" not in texts[Role.TRAINER]
    assert "data kontak pemustaka" in texts[Role.SUPERVISOR]
