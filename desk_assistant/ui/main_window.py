"""The main window: the desk and, as later work adds them, the other views in tabs."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from desk_assistant import APP_NAME, __version__
from desk_assistant.domain.clock import Clock
from desk_assistant.domain.script_pack import PackError
from desk_assistant.errors import DeskAssistantError
from desk_assistant.services.desk import DeskService
from desk_assistant.services.packs import PackService
from desk_assistant.storage.interactions import InteractionRecord
from desk_assistant.ui import settings as opt
from desk_assistant.ui.desk_view import DeskView
from desk_assistant.ui.look import Look
from desk_assistant.ui.settings import FONT_SCALES, Settings
from desk_assistant.ui.shift_dialogs import ShiftStartDialog, ShiftSummaryDialog
from desk_assistant.ui.translations import Translations

VIEWS = ("desk",)


class MainWindow(QMainWindow):
    """Tabs for the views, menus for the rest, the shift and pack in the status bar."""

    def __init__(
        self,
        desk: DeskService,
        packs: PackService,
        settings: Settings,
        translations: Translations,
        look: Look,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.desk = desk
        self.packs = packs
        self.settings = settings
        self.translations = translations
        self.look = look
        self.clock = clock
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.desk_view = DeskView(desk, clock, self.language, self.tabs)
        self.tabs.addTab(self.desk_view, "")
        self.setCentralWidget(self.tabs)
        self.shift_label = QLabel(self)
        self.pack_label = QLabel(self)
        self.statusBar().addWidget(self.shift_label, 1)
        self.statusBar().addPermanentWidget(self.pack_label)
        self._build_menus()
        self._connect_signals()
        self.retranslate()
        self.resize(1366, 768)

    # --- construction --------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.load_pack_action = QAction(self)
        self.load_pack_action.setShortcut(QKeySequence("Ctrl+O"))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.file_menu.addAction(self.load_pack_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.shift_menu = bar.addMenu("")
        self.end_shift_action = QAction(self)
        self.shift_menu.addAction(self.end_shift_action)

        self.view_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.lang_id_action = QAction("Bahasa Indonesia", self, checkable=True)
        self.lang_en_action = QAction("English", self, checkable=True)
        for action in (self.lang_id_action, self.lang_en_action):
            self.language_group.addAction(action)
            self.view_menu.addAction(action)
        self.toggle_language_action = QAction(self)
        self.toggle_language_action.setShortcut(QKeySequence("F6"))
        self.toggle_language_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.view_menu.addAction(self.toggle_language_action)
        self.view_menu.addSeparator()
        self.larger_action = QAction(self)
        self.larger_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.smaller_action = QAction(self)
        self.smaller_action.setShortcut(QKeySequence("Ctrl+-"))
        self.view_menu.addAction(self.larger_action)
        self.view_menu.addAction(self.smaller_action)

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.load_pack_action.triggered.connect(self.choose_pack_file)
        self.quit_action.triggered.connect(self.close)
        self.end_shift_action.triggered.connect(self.end_shift)
        self.lang_id_action.triggered.connect(lambda: self.set_language("id"))
        self.lang_en_action.triggered.connect(lambda: self.set_language("en"))
        self.toggle_language_action.triggered.connect(self.toggle_language)
        self.larger_action.triggered.connect(lambda: self.step_font_scale(+1))
        self.smaller_action.triggered.connect(lambda: self.step_font_scale(-1))
        self.about_action.triggered.connect(self.show_about)
        self.desk_view.interaction_saved.connect(self._interaction_saved)
        self.desk_view.error_raised.connect(self.show_error)
        self.desk_view.language_toggle_requested.connect(self.toggle_language)
        self.tabs.currentChanged.connect(self._tab_changed)

    # --- language ------------------------------------------------------------------------

    def language(self) -> str:
        return self.translations.language

    def set_language(self, lang: str) -> None:
        self.translations.set_language(lang)
        self.settings.set(opt.LANGUAGE, lang)

    def toggle_language(self) -> None:
        self.set_language("en" if self.language() == "id" else "id")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desk Assistant — excellent service at the desk"))
        self.tabs.setTabText(0, self.tr("&Desk"))
        self.file_menu.setTitle(self.tr("&File"))
        self.load_pack_action.setText(self.tr("&Load script pack…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.shift_menu.setTitle(self.tr("&Shift"))
        self.end_shift_action.setText(self.tr("&End shift…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.toggle_language_action.setText(self.tr("Switch language"))
        self.larger_action.setText(self.tr("&Larger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Desk Assistant"))
        self.lang_id_action.setChecked(self.language() == "id")
        self.lang_en_action.setChecked(self.language() == "en")
        self.update_status()

    def update_status(self) -> None:
        shift = self.desk.shift
        if shift is None:
            self.shift_label.setText(self.tr("No shift started"))
        else:
            self.shift_label.setText(
                self.tr("Shift: %1 at %2").replace("%1", shift.staff).replace("%2", shift.desk)
            )
        pack = self.packs.active
        self.pack_label.setText(
            self.tr("Script: %1 (version %2)")
            .replace("%1", pack.name.get(self.language()))
            .replace("%2", str(pack.version))
        )

    # --- views ---------------------------------------------------------------------------

    def show_view(self, name: str) -> None:
        self.tabs.setCurrentIndex(VIEWS.index(name))

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.desk_view:
            self.desk_view.setFocus()

    def _interaction_saved(self, record: InteractionRecord) -> None:
        self.update_status()

    # --- actions -------------------------------------------------------------------------

    def step_font_scale(self, direction: int) -> None:
        current = float(self.settings.get(opt.FONT_SCALE))
        index = min(range(len(FONT_SCALES)), key=lambda i: abs(FONT_SCALES[i] - current))
        index = max(0, min(len(FONT_SCALES) - 1, index + direction))
        self.settings.set(opt.FONT_SCALE, FONT_SCALES[index])
        self.look.apply(FONT_SCALES[index])

    def choose_pack_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load script pack"), "", self.tr("Script packs (*.yaml *.yml)")
        )
        if path:
            self.load_pack(path)

    def load_pack(self, path: str) -> bool:
        """Validate and activate a pack file; on any problem, show them all and keep the old."""
        by = self.desk.shift.staff if self.desk.shift else "desk"
        try:
            pack = self.packs.load_file(path, by)
        except PackError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Script pack not loaded"),
                exc.user_message(self.language()),
                parent=self,
            )
            box.setObjectName("packErrorBox")
            box.setDetailedText("\n".join(exc.details(self.language())))
            box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
            box.open()
            self.last_message_box = box
            return False
        except DeskAssistantError as exc:
            self.show_error(exc.user_message(self.language()))
            return False
        if not self.desk_view.flow.touched:
            self.desk_view.start_next_patron()
        self.update_status()
        self.statusBar().showMessage(
            self.tr("Script pack loaded: %1 (version %2)")
            .replace("%1", pack.name.get(self.language()))
            .replace("%2", str(pack.version)),
            8000,
        )
        return True

    def show_error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=self)
        box.setObjectName("errorBox")
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.open()
        self.last_message_box = box

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Desk Assistant"),
            self.tr(
                "Desk Assistant %1 — excellent service (layanan prima) at the library desk."
            ).replace("%1", __version__),
        )

    # --- shifts --------------------------------------------------------------------------

    def ask_shift(self) -> bool:
        """Show the shift start dialog; False if the librarian chose to quit."""
        dialog = ShiftStartDialog(
            self.desk,
            str(self.settings.get(opt.STAFF)),
            str(self.settings.get(opt.DESK)),
            self.language(),
            self,
        )
        if dialog.exec() != ShiftStartDialog.DialogCode.Accepted or dialog.shift is None:
            return False
        self.settings.set(opt.STAFF, dialog.shift.staff)
        self.settings.set(opt.DESK, dialog.shift.desk)
        self.update_status()
        self.desk_view.setFocus()
        return True

    def end_shift(self) -> None:
        if self.desk.shift is None:
            return
        try:
            summary = self.desk.end_shift()
        except DeskAssistantError as exc:
            self.show_error(exc.user_message(self.language()))
            return
        ShiftSummaryDialog(summary, self).exec()
        self.update_status()
        if not self.ask_shift():
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self.desk_view.flow.touched and self.desk.shift is not None:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                APP_NAME,
                self.tr(
                    "An interaction is in progress. Quit anyway? It will be recorded as abandoned."
                ),
                parent=self,
            )
            quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Go on serving"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not quit_button:
                event.ignore()
                return
            self.desk_view.confirming_abandon = True
            self.desk_view.confirm_abandon()
        if self.desk.shift is not None:
            with contextlib.suppress(DeskAssistantError):
                self.desk.end_shift()
        event.accept()
