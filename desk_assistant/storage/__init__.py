"""SQLite storage through sqlite-utils: no Qt here."""

from desk_assistant.storage.database import open_database, storage_errors

__all__ = ["open_database", "storage_errors"]
