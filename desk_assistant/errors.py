"""Errors from the world, with a message a librarian understands, in the UI language."""

from __future__ import annotations

import errno
from typing import Any

from desk_assistant.i18n import DEFAULT_LANG, Lang, Message


class DeskAssistantError(Exception):
    """Base of every error that is shown to the user rather than logged as a bug."""

    def __init__(self, key: str, /, **params: Any) -> None:
        self.message = Message(key, params)
        super().__init__(self.message.render(Lang.EN))

    def user_message(self, lang: Lang | str = DEFAULT_LANG) -> str:
        return self.message.render(lang)


class StorageError(DeskAssistantError):
    """The database could not be read or written (locked, damaged, full, read-only)."""


class DatabaseDamagedError(StorageError):
    """The database file failed its integrity check or is not a database at all."""


class CustodyError(StorageError):
    """The database is not what it was, and a backup of it may help: ``backup`` is the
    newest good backup of this database (None if there is none)."""

    def __init__(self, key: str, /, backup: Any = None, **params: Any) -> None:
        self.backup = backup
        super().__init__(key, **params)


class DatabaseMissingError(CustodyError):
    """The database is gone or empty where one was (its record or backups say so)."""


class DatabaseSuspectError(CustodyError):
    """The database was replaced or mixed with another file: its identity changed, its
    write-ahead log belongs to another database, or its history shrank."""


class BackupOfAnotherDatabase(StorageError):
    """A restore of a backup that belongs to a different database."""


class ValidationError(DeskAssistantError):
    """A value typed by the user is not acceptable; ``field`` names the input."""

    def __init__(self, key: str, /, *, field: str = "", **params: Any) -> None:
        self.field = field
        super().__init__(key, field=field, **params)


class FileWriteError(DeskAssistantError):
    """A file could not be written, or was refused (a folder, a device, a database)."""

    @classmethod
    def from_os_error(cls, path: object, exc: OSError) -> FileWriteError:
        return cls("file.cannot_write", path=path, reason=os_reason(exc))

    def reason(self, lang: Lang | str = DEFAULT_LANG) -> str:
        """Why the file could not be written, alone ("the folder does not exist")."""
        reason = self.message.params.get("reason")
        return reason.render(lang) if isinstance(reason, Message) else str(reason or "")


class ExportError(FileWriteError):
    """An export could not be written (no folder, no permission, disk full, …)."""

    @classmethod
    def from_os_error(cls, path: object, exc: OSError) -> ExportError:
        return cls("export.cannot_write", path=path, reason=os_reason(exc))


class ExportCancelled(Exception):
    """The user cancelled an export; nothing was written."""


_OS_REASONS = {
    errno.ENOENT: "export.no_folder",
    errno.ENOTDIR: "export.no_folder",
    errno.EACCES: "export.no_permission",
    errno.EPERM: "export.no_permission",
    errno.ENOSPC: "export.disk_full",
    errno.EROFS: "export.read_only",
    errno.EISDIR: "export.is_folder",
    errno.EDQUOT: "export.disk_full",
    errno.EFBIG: "export.disk_full",
    errno.ENXIO: "file.is_device",
}


def os_reason(exc: OSError, reading: bool = False) -> Message:
    """Why a file could not be read or written, in the user's words: the one place an
    operating-system error becomes a message (the system's own words for a rare one).
    ``reading``: a missing file is said as such (a write would miss its folder)."""
    if reading and exc.errno == errno.ENOENT:
        return Message("file.not_found", {})
    key = _OS_REASONS.get(exc.errno or 0)
    if key:
        return Message(key, {})
    return Message("file.system_said", {"detail": exc.strerror or str(exc)})
