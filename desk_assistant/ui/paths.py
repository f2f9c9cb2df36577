"""Where things live on this PC, by the platform's conventions."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from desk_assistant import APP_ID

DB_ENV = "DESK_ASSISTANT_DB"


def data_dir() -> Path:
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / f".{APP_ID}")


def resolve_db_path(cli_value: str | None) -> Path:
    """``--db`` wins, then ``DESK_ASSISTANT_DB``, then the application data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "desk-assistant.db"


def in_documents(name: str = "") -> str:
    """Where a file dialog opens: the user's documents folder (never the program's own),
    with ``name`` proposed for a file to save."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return str(folder / name) if name else str(folder)
