"""Errors from the world, with a message a librarian understands, in the UI language."""

from __future__ import annotations

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


class ValidationError(DeskAssistantError):
    """A value typed by the user is not acceptable; ``field`` names the input."""

    def __init__(self, key: str, /, *, field: str = "", **params: Any) -> None:
        self.field = field
        super().__init__(key, field=field, **params)
