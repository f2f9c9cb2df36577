"""At start, a database that cannot be used as it is: say so plainly and offer what helps.

Damage, a lost or emptied database, and one replaced or mixed with another file each get
the newest good backup *of that database* (never another database's). A lost database may
also be started anew on purpose, and a replaced one kept as it is; quitting is the
default, so a reflex Enter changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desk_assistant import APP_NAME
from desk_assistant.app import Services, build_services, open_services
from desk_assistant.domain.clock import system_clock
from desk_assistant.errors import (
    CustodyError,
    DatabaseMissingError,
    DatabaseSuspectError,
    DeskAssistantError,
    StorageError,
    os_reason,
)
from desk_assistant.i18n import Message
from desk_assistant.services.backup import (
    forget_database,
    newest_good_backup,
    note_custody,
    restore_backup,
)

translate = QCoreApplication.translate


def _install_language(lang: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desk_assistant.ui.translations import Translations

    app = QApplication.instance()
    if app is not None:  # the main window is not built yet: install the language now
        Translations.of(app).set_language(lang)


def recover(
    db_path: Path, error: DeskAssistantError, lang: str
) -> tuple[Services, list[Message]] | None:
    """Ask what to do; return the opened services, or None when the user quits."""
    _install_language(lang)
    backup = error.backup if isinstance(error, CustodyError) else newest_good_backup(db_path)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, error.user_message(lang))
    restore = new = keep = None
    if backup is not None:
        box.setInformativeText(
            translate(
                "Recovery",
                "Restore the newest good backup of this database (%1)? The file that is "
                "there now is kept aside, not deleted.",
            ).replace("%1", Path(backup).name)
        )
        restore = box.addButton(
            translate("Recovery", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
        )
    else:
        box.setInformativeText(
            translate(
                "Recovery",
                "No good backup of this database was found. Nothing was changed; ask your "
                "supervisor or IT support for help.",
            )
        )
    if isinstance(error, DatabaseMissingError):
        new = box.addButton(
            translate("Recovery", "Start a new, empty database"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
    if isinstance(error, DatabaseSuspectError):
        keep = box.addButton(
            translate("Recovery", "Keep using this database"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
    quit_button = box.addButton(translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_button)
    box.setEscapeButton(quit_button)
    box.exec()
    chosen = box.clickedButton()
    try:
        if chosen is not None and chosen is restore and backup is not None:
            done = restore_backup(
                db_path,
                Path(backup),
                system_clock,
                "recovery at start",
                "system",
                why="damaged" if not isinstance(error, CustodyError) else "before-restore",
            )
            QMessageBox.information(
                None,
                APP_NAME,
                translate("Recovery", "Restored from %1.").replace("%1", Path(backup).name)
                + (
                    " "
                    + translate("Recovery", "The file that was there is kept as %1.").replace(
                        "%1", done.aside.name
                    )
                    if done.aside
                    else ""
                ),
            )
            return open_services(db_path)
        if chosen is not None and chosen is new:
            forget_database(db_path)
            return open_services(db_path)
        if chosen is not None and chosen is keep:
            services = build_services(db_path)
            note_custody(db_path)
            if services.backups is not None:
                services.backups.note_kept_as_is("recovery at start")
            return services, []
    except DeskAssistantError as exc:
        QMessageBox.critical(None, APP_NAME, exc.user_message(lang))
    except OSError as exc:
        error = StorageError("restore.failed", reason=os_reason(exc))
        QMessageBox.critical(None, APP_NAME, error.user_message(lang))
    return None
