"""Where things live on this PC, by the platform's conventions.

The database is per machine: for a desk used by one login, in that user's *local* (never
roaming) application data folder; for a desk shared by several logins, in the folder the
installer chose for every user, written beside the program in ``desk-assistant.ini``.
``--db`` and ``DESK_ASSISTANT_DB`` still override both. A database left by an earlier
version in its old folder (roaming on Windows, a name repeated twice) is moved here once,
with everything that belongs to it, and the user is told; one still open is used where it
is, and the user is told that too.
"""

from __future__ import annotations

import configparser
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from desk_assistant import APP_ID
from desk_assistant.i18n import Message

DB_ENV = "DESK_ASSISTANT_DB"
DB_NAME = "desk-assistant.db"
MACHINE_CONFIG = "desk-assistant.ini"  # beside the program: [data] folder = …

log = logging.getLogger(__name__)
_notices: list[Message] = []


def name_the_application() -> None:
    """The names Qt builds its settings' place from (``desk-assistant/desk-assistant.conf``
    on Linux, a registry key of the same two names on Windows)."""
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)


def program_folder() -> Path | None:
    """The folder of an installed (frozen) program; None when run from Python."""
    return Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else None


def machine_data_dir(folder: Path | None = None) -> Path | None:
    """The folder for every user of this PC, if the installer chose one."""
    folder = folder or program_folder()
    if folder is None:
        return None
    config = configparser.ConfigParser()
    try:
        config.read(folder / MACHINE_CONFIG, encoding="utf-8")
    except (OSError, configparser.Error) as exc:
        log.warning("Cannot read %s: %s", folder / MACHINE_CONFIG, exc)
        return None
    value = config.get("data", "folder", fallback="").strip()
    return Path(os.path.expandvars(value)).expanduser() if value else None


def user_data_dir() -> Path:
    """This user's local application data folder (``AppData\\Local`` on Windows, never
    the roaming profile; ``~/.local/share`` on Linux)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return (Path(location) if location else Path.home()) / APP_ID


def legacy_data_dir() -> Path:
    """Where versions before 0.2 kept the database (the name twice; roaming on Windows)."""
    name_the_application()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / f".{APP_ID}")


def data_dir() -> Path:
    return machine_data_dir() or user_data_dir()


def default_db_path() -> Path:
    """This PC's database; an older version's is moved here first (see the module)."""
    target = data_dir() / DB_NAME
    old = legacy_data_dir() / DB_NAME
    if target.exists() or not old.is_file() or old.resolve() == target.resolve():
        return target
    from desk_assistant.app import LOG_NAME
    from desk_assistant.services.backup import settle_old_database

    found, notice = settle_old_database(old, target, LOG_NAME)
    _notices.append(notice)
    return found


def location_notices() -> list[Message]:
    """What finding the database did that the user must be told (once)."""
    found = list(_notices)
    _notices.clear()
    return found


def resolve_db_path(cli_value: str | None) -> Path:
    """``--db`` wins, then ``DESK_ASSISTANT_DB``, then this PC's database folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_db_path()


def in_documents(name: str = "") -> str:
    """Where a file dialog opens: the user's documents folder (never the program's own),
    with ``name`` proposed for a file to save."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return str(folder / name) if name else str(folder)
