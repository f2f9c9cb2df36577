"""Switching the UI language at run time.

The translation sources (``.ts``, Qt Linguist) are compiled when the package is built
(``setup.py`` runs ``desk_assistant/catalogs.py``), so a wheel, an editable install and a frozen
bundle carry the catalogs and nothing is compiled at run time: no Qt tool is needed where
the application runs. A :class:`CatalogTranslator` serves a catalog to Qt.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator

from desk_assistant.i18n import OWN_CATALOG, QT_CATALOG, Catalog, load_catalog

LANGUAGES = ("id", "en")
LOCALES = {"id": QLocale.Language.Indonesian, "en": QLocale.Language.English}

log = logging.getLogger(__name__)


class CatalogTranslator(QTranslator):
    """Qt's translator over a compiled catalog ({context: {source: translation}})."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The translation, or None to let Qt show the source (English) text."""
        messages = self.catalog.contexts.get(context)
        if messages is None:
            return None
        if disambiguation:
            return messages.get(f"{disambiguation}\x04{source_text}")
        return messages.get(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self.catalog.contexts

    def language(self) -> str:
        return self.catalog.language


class Translations:
    """Installs the translator of the chosen language; source strings are English."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self._translators: list[QTranslator] = []

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
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = []
        # Qt's own dialogs (file, print, message boxes) and calendars follow the language.
        QLocale.setDefault(QLocale(LOCALES[language]))
        if language != "en":
            for name in (QT_CATALOG, OWN_CATALOG):
                catalog = load_catalog(language, name)
                if catalog is None:
                    log.warning(
                        "No %s catalog %s is installed (a source checkout not installed with"
                        " pip?); its texts stay English",
                        language,
                        name,
                    )
                    continue
                translator = CatalogTranslator(catalog, self.app)
                self.app.installTranslator(translator)
                self._translators.append(translator)
        # The LanguageChange events are posted; deliver them now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
