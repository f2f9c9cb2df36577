"""A damaged database at start: say so plainly and offer the newest good backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desk_assistant import APP_NAME
from desk_assistant.errors import DeskAssistantError
from desk_assistant.services.backup import (
    backup_folders,
    newest_good_backup,
    restore,
    set_damaged_aside,
)

translate = QCoreApplication.translate


def newest_backup(db_path: Path) -> Path | None:
    """The damaged file cannot say where its backups are: the note beside it can."""
    return newest_good_backup(*backup_folders(db_path))


def offer_restore(db_path: Path, error: DeskAssistantError, lang: str) -> bool:
    """True when a backup was restored and the application may open the database."""
    from PySide6.QtWidgets import QApplication

    from desk_assistant.ui.translations import Translations

    app = QApplication.instance()
    if app is not None:  # the main window is not built yet: install the language now
        Translations.of(app).set_language(lang)
    backup = newest_backup(db_path)
    text = error.user_message(lang)
    if backup is None:
        QMessageBox.critical(
            None,
            APP_NAME,
            text
            + "\n\n"
            + translate(
                "Recovery",
                "No good backup was found next to it. The damaged file is left as it is; "
                "ask your supervisor or IT support for help.",
            ),
        )
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text)
    box.setInformativeText(
        translate(
            "Recovery",
            "Restore the newest good backup (%1)? The damaged file is kept aside, not deleted.",
        ).replace("%1", backup.name)
    )
    yes = box.addButton(
        translate("Recovery", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not yes:
        return False
    now = datetime.now()
    aside = set_damaged_aside(db_path, now)
    try:
        restore(db_path, backup, now)
    except DeskAssistantError as exc:
        QMessageBox.critical(None, APP_NAME, exc.user_message(lang))
        return False
    QMessageBox.information(
        None,
        APP_NAME,
        translate("Recovery", "Restored from %1. The damaged file is kept as %2.")
        .replace("%1", backup.name)
        .replace("%2", aside.name),
    )
    return True
