"""The first run, once, by the supervisor: the library's name, its desks, this PC's desk and
the supervisor PIN in one short dialog. "Later" is allowed and is not asked again at start
(each setting stays in the menus)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desk_assistant.services.settings import LibrarySetup, SettingsService
from desk_assistant.ui.role_dialogs import NewPinDialog


class FirstRunDialog(NewPinDialog):
    """Accepted: everything is stored and ``recovery_code`` holds the PIN's recovery code."""

    recovery_code = ""

    def __init__(
        self,
        settings: SettingsService,
        who: str,
        lang: str,
        library: str,
        desks: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self.setObjectName("firstRunDialog")
        self.settings, self.who = settings, who
        self.setWindowTitle(self.tr("Set up Desk Assistant"))
        self.library_edit = QLineEdit(library, self)
        self.library_edit.setObjectName("setupLibrary")
        self.desks_edit = QPlainTextEdit("\n".join(desks), self)
        self.desks_edit.setObjectName("setupDesks")
        self.desks_edit.setTabChangesFocus(True)
        self.desks_edit.setPlaceholderText(self.tr("e.g.\nMeja Sirkulasi 1\nMeja Referensi"))
        self.desks_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.this_desk_combo = QComboBox(self)
        self.this_desk_combo.setObjectName("setupThisDesk")
        self.this_desk_combo.setEditable(True)
        self.desks_edit.textChanged.connect(self._offer_desks)
        self._offer_desks()
        for widget, name in (
            (self.library_edit, self.tr("Library name")),
            (self.desks_edit, self.tr("Desks of the library, one a line")),
            (self.this_desk_combo, self.tr("This PC's desk")),
        ):
            widget.setAccessibleName(name)
        self.build(
            self.tr(
                "For the supervisor, once. The supervisor PIN protects exports, the patrons' "
                "contact details, settings and backups: at least 6 digits, or a passphrase of "
                "at least 8 characters. Each setting can be changed later in the menus; "
                "“Later” skips this for now and it is not asked again at start."
            ),
            [
                (self.tr("Library name:"), self.library_edit),
                (self.tr("Desks (one a line):"), self.desks_edit),
                (self.tr("This PC's desk:"), self.this_desk_combo),
            ],
            self.tr("Later"),
            "setupButton",
            self.tr("Save"),
        )
        self.pin_edit.setAccessibleName(self.tr("Supervisor PIN"))
        self.again_edit.setAccessibleName(self.tr("Supervisor PIN again"))

    def desks(self) -> list[str]:
        return [" ".join(line.split()) for line in self.desks_edit.toPlainText().splitlines()]

    def _offer_desks(self) -> None:
        current = self.this_desk_combo.currentText()
        self.this_desk_combo.blockSignals(True)
        self.this_desk_combo.clear()
        self.this_desk_combo.addItems([desk for desk in self.desks() if desk])
        self.this_desk_combo.setEditText(current)
        self.this_desk_combo.blockSignals(False)

    def store(self, pin: str) -> None:
        setup = LibrarySetup(
            library=self.library_edit.text(),
            desks=self.desks(),
            this_desk=self.this_desk_combo.currentText(),
            pin=pin,
        )
        self.recovery_code = self.settings.first_run(setup, self.who)
        self.this_desk = " ".join(setup.this_desk.split())
