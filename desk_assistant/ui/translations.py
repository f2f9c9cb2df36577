"""Switching the UI language at run time."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

LANGUAGES = ("id", "en")


def _qm_path(lang: str) -> str:
    resource = resources.files("desk_assistant").joinpath(
        f"resources/translations/desk_assistant_{lang}.qm"
    )
    return str(resource)


class Translations:
    """Installs the translator of the chosen language; source strings are English."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self._translator: QTranslator | None = None

    @classmethod
    def of(cls, app: QCoreApplication) -> Translations:
        """The one instance for ``app`` (a second would leave its translator installed)."""
        existing = getattr(app, "_desk_translations", None)
        if isinstance(existing, Translations):
            return existing
        created = cls(app)
        app._desk_translations = created  # type: ignore[attr-defined]
        return created

    def set_language(self, language: str) -> None:
        language = language if language in LANGUAGES else "id"
        # Set first: installing or removing a translator sends LanguageChange to every
        # widget at once, and they read the language while they retranslate.
        self.language = language
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        if language != "en":
            translator = QTranslator(self.app)
            if translator.load(_qm_path(language)):
                self.app.installTranslator(translator)
                self._translator = translator
        # The LanguageChange events are posted; deliver them now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
