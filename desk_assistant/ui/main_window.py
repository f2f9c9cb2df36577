"""The main window: the desk and, as later work adds them, the other views in tabs."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_assistant import APP_NAME, __version__
from desk_assistant.app import Services
from desk_assistant.domain.clock import Clock
from desk_assistant.domain.flow import InteractionFlow
from desk_assistant.domain.followup import FollowUp
from desk_assistant.domain.roles import Role
from desk_assistant.domain.script_pack import PackError
from desk_assistant.domain.shift import InteractionRecord
from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import format_date, format_number, translate
from desk_assistant.services.auth import AuthService
from desk_assistant.services.desk import DeskService
from desk_assistant.services.followups import FollowUpService
from desk_assistant.services.packs import PackService
from desk_assistant.ui import settings as opt
from desk_assistant.ui.desk_view import DeskView
from desk_assistant.ui.guard import guarded
from desk_assistant.ui.labels import role_label, status_label
from desk_assistant.ui.look import LARGE_TEXT, Look
from desk_assistant.ui.retranslating import Retranslating
from desk_assistant.ui.settings import CSV_SEPARATOR, FONT_SCALES, Settings
from desk_assistant.ui.translations import Translations

if TYPE_CHECKING:
    from desk_assistant.exports.handover import HandoverSheet
    from desk_assistant.exports.slip import Slip
    from desk_assistant.ui.export_runner import ExportRunner, Job
    from desk_assistant.ui.followups_view import FollowUpsView
    from desk_assistant.ui.reports_view import ReportsView
    from desk_assistant.ui.scripts_view import ScriptsView

VIEWS = ("desk", "followups", "reports", "scripts")


class MainWindow(Retranslating, QMainWindow):
    """Tabs for the views, menus for the rest, the shift and pack in the status bar."""

    def __init__(
        self,
        services: Services,
        settings: Settings,
        translations: Translations,
        look: Look,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self.desk: DeskService = services.desk
        self.packs: PackService = services.packs
        self.auth: AuthService = services.auth
        self.settings = settings
        services.followups.this_desk = str(settings.get(opt.THIS_DESK))
        self.translations = translations
        self.look = look
        clock: Clock = services.clock
        followups: FollowUpService = services.followups
        self.clock = clock
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.followups = followups
        self.desk_view = DeskView(self.desk, followups, clock, self.language, self.tabs)
        self.tabs.addTab(self.desk_view, "")
        # The other views are built (and their modules imported) when first needed, so
        # the desk is on screen sooner; until then their tab holds an empty place.
        self._views: dict[str, QWidget] = {}
        self._places: dict[str, QWidget] = {}
        for name in VIEWS[1:]:
            place = QWidget(self.tabs)
            layout = QVBoxLayout(place)
            layout.setContentsMargins(0, 0, 0, 0)
            self._places[name] = place
            self.tabs.addTab(place, "")
        self.screenshot_mode = False
        self.last_export_result: int | None = None
        self.exports_running: list[ExportRunner] = []
        self.headline_label = QLabel(self)
        self.headline_label.setObjectName("headlineLabel")
        self.setCentralWidget(self.tabs)
        self.shift_label = QLabel(self)
        self.pack_label = QLabel(self)
        # Staff, desk and pack names as typed, never read as HTML.
        for label in (self.shift_label, self.pack_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # At large text the bar cannot hold everything: the pack's name (also in the Scripts
        # tab) is left out, and the shift gives way before the follow-ups due and the role
        # (its whole text in a tooltip).
        self.shift_label.setMinimumWidth(1)
        self.statusBar().addWidget(self.shift_label, 1)
        self.statusBar().addPermanentWidget(self.headline_label)
        self.role_label = QLabel(self)
        self.role_label.setObjectName("roleLabel")
        self.statusBar().addPermanentWidget(self.role_label)
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
        self.library_name_action = QAction(self)
        self.file_menu.addAction(self.library_name_action)
        self.file_menu.addSeparator()
        self.export_followups_action = QAction(self)
        self.export_followups_action.setShortcut(QKeySequence("Ctrl+E"))
        self.mask_exports_action = QAction(self, checkable=True)
        self.mask_exports_action.setChecked(True)
        self.semicolon_csv_action = QAction(self, checkable=True)
        self.semicolon_csv_action.setChecked(self._semicolon_csv())
        self.semicolon_csv_action.toggled.connect(
            lambda on: self.settings.set(CSV_SEPARATOR, "semicolon" if on else "comma")
        )
        self.file_menu.addAction(self.export_followups_action)
        self.file_menu.addAction(self.mask_exports_action)
        self.file_menu.addAction(self.semicolon_csv_action)
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

        self.role_menu = bar.addMenu("")
        self.supervisor_action = QAction(self)
        self.trainer_action = QAction(self)
        self.desk_role_action = QAction(self)
        for action in (self.supervisor_action, self.trainer_action, self.desk_role_action):
            self.role_menu.addAction(action)
        self.role_menu.addSeparator()
        self.trainer_pin_action = QAction(self)
        self.supervisor_pin_action = QAction(self)
        self.forgot_pin_action = QAction(self)
        self.role_menu.addAction(self.trainer_pin_action)
        self.role_menu.addAction(self.supervisor_pin_action)
        self.role_menu.addAction(self.forgot_pin_action)

        self.privacy_menu = bar.addMenu("")
        self.patron_request_action = QAction(self)
        self.retention_action = QAction(self)
        self.purge_action = QAction(self)
        self.audit_action = QAction(self)
        self.backup_action = QAction(self)
        self.backup_folder_action = QAction(self)
        self.this_pc_action = QAction(self)
        self.desks_action = QAction(self)
        for action in (
            self.patron_request_action,
            self.retention_action,
            self.purge_action,
            self.audit_action,
            self.backup_action,
            self.backup_folder_action,
            self.desks_action,
            self.this_pc_action,
        ):
            self.privacy_menu.addAction(action)

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.load_pack_action.triggered.connect(self.choose_pack_file)
        self.library_name_action.triggered.connect(self.set_library_name)
        self.export_followups_action.triggered.connect(self.choose_followup_export)
        self.quit_action.triggered.connect(self.close)
        self.end_shift_action.triggered.connect(self.end_shift)
        self.lang_id_action.triggered.connect(lambda: self.set_language("id"))
        self.lang_en_action.triggered.connect(lambda: self.set_language("en"))
        self.toggle_language_action.triggered.connect(self.toggle_language)
        self.larger_action.triggered.connect(lambda: self.step_font_scale(+1))
        self.smaller_action.triggered.connect(lambda: self.step_font_scale(-1))
        self.about_action.triggered.connect(self.show_about)
        self.supervisor_action.triggered.connect(lambda: self.ensure_role(Role.SUPERVISOR))
        self.trainer_action.triggered.connect(lambda: self.ensure_role(Role.TRAINER))
        self.desk_role_action.triggered.connect(self.drop_role)
        self.trainer_pin_action.triggered.connect(lambda: self.set_pin(Role.TRAINER))
        self.supervisor_pin_action.triggered.connect(lambda: self.set_pin(Role.SUPERVISOR))
        self.forgot_pin_action.triggered.connect(self.reset_forgotten_pin)
        self.patron_request_action.triggered.connect(self.patron_request)
        self.retention_action.triggered.connect(self.set_retention)
        self.purge_action.triggered.connect(self.run_purge)
        self.audit_action.triggered.connect(self.show_audit)
        self.backup_action.triggered.connect(lambda: self.backup_now("manual"))
        self.backup_folder_action.triggered.connect(self.choose_backup_folder)
        self.this_pc_action.triggered.connect(self.bind_this_pc)
        self.desks_action.triggered.connect(self.edit_desks)
        self.role_timer = QTimer(self)
        self.role_timer.setInterval(15_000)
        self.role_timer.timeout.connect(self.update_status)
        self.role_timer.start()
        self.desk_view.interaction_saved.connect(self._interaction_saved)
        self.desk_view.error_raised.connect(self.show_error)
        self.desk_view.language_toggle_requested.connect(self.toggle_language)
        self.desk_view.slip_requested.connect(self.show_slip)
        self.desk_view.next_step_recorded.connect(self._promise_maybe_made)
        self.tabs.currentChanged.connect(self._tab_changed)

    # --- the views that are built on first use ---------------------------------------------

    @property
    def followups_view(self) -> FollowUpsView:
        return cast("FollowUpsView", self._view("followups"))

    @property
    def reports_view(self) -> ReportsView:
        return cast("ReportsView", self._view("reports"))

    @property
    def scripts_view(self) -> ScriptsView:
        return cast("ScriptsView", self._view("scripts"))

    def view_built(self, name: str) -> bool:
        return name in self._views

    def _view(self, name: str) -> QWidget:
        view = self._views.get(name)
        if view is None:
            view = self._build_view(name)
            self._views[name] = view
            layout = self._places[name].layout()
            assert layout is not None
            layout.addWidget(view)
            view.show()  # a child added to a shown widget stays hidden until told
        return view

    def _build_view(self, name: str) -> QWidget:
        place = self._places[name]
        if name == "followups":
            from desk_assistant.ui.followups_view import FollowUpsView

            followups = FollowUpsView(
                self.followups,
                self.packs,
                self.language,
                self.who,
                self.library_name,
                self.clock,
                self.may_reveal,
                place,
            )
            followups.counts_changed.connect(self.update_status)
            followups.handover_requested.connect(self.save_handover)
            followups.detail.error_raised.connect(self.show_error)
            return followups
        if name == "reports":
            from desk_assistant.ui.reports_view import ReportsView

            reports = ReportsView(
                self.services.reports, self.packs, self.language, self.clock, place
            )
            reports.export_requested.connect(self.export_stats)
            reports.print_requested.connect(self.save_report_pdf)
            return reports
        from desk_assistant.ui.scripts_view import ScriptsView

        scripts = ScriptsView(self.packs, self.language, self.who, self.clock, place)
        scripts.published.connect(self._pack_published)
        scripts.practice_toggled.connect(self.desk_view.set_practice)
        return scripts

    # --- language ------------------------------------------------------------------------

    def language(self) -> str:
        return self.translations.language

    def set_language(self, lang: str) -> None:
        self.translations.set_language(lang)
        self.settings.set(opt.LANGUAGE, lang)

    def toggle_language(self) -> None:
        self.set_language("en" if self.language() == "id" else "id")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desk Assistant — excellent service at the desk"))
        self.tabs.setTabText(0, self.tr("&Desk"))
        self.tabs.setTabText(1, self.tr("F&ollow-ups"))
        self.tabs.setTabText(2, self.tr("&Reports"))
        self.tabs.setTabText(3, self.tr("S&cripts"))
        self.file_menu.setTitle(self.tr("&File"))
        self.load_pack_action.setText(self.tr("&Load script pack…"))
        self.library_name_action.setText(self.tr("Library &name…"))
        self.export_followups_action.setText(self.tr("&Export follow-ups (CSV, Excel, PDF)…"))
        self.mask_exports_action.setText(self.tr("Mask contact details in exports"))
        self.semicolon_csv_action.setText(
            self.tr("CSV with semicolons (Excel with Indonesian regional settings)")
        )
        self.quit_action.setText(self.tr("&Quit"))
        self.shift_menu.setTitle(self.tr("&Shift"))
        self.end_shift_action.setText(self.tr("&End shift…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.toggle_language_action.setText(self.tr("Switch language"))
        self.larger_action.setText(self.tr("&Larger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.role_menu.setTitle(self.tr("&Role"))
        self.supervisor_action.setText(self.tr("Become &supervisor (PIN)…"))
        self.trainer_action.setText(self.tr("Become &trainer (PIN)…"))
        self.desk_role_action.setText(self.tr("Back to &desk librarian"))
        self.trainer_pin_action.setText(self.tr("Set the trainer PIN…"))
        self.supervisor_pin_action.setText(self.tr("Change the supervisor PIN…"))
        self.forgot_pin_action.setText(self.tr("Forgot the supervisor PIN?…"))
        self.privacy_menu.setTitle(self.tr("&Privacy && data"))
        self.patron_request_action.setText(self.tr("A patron's &request about their data…"))
        self.retention_action.setText(self.tr("Contact &retention period…"))
        self.purge_action.setText(self.tr("Erase expired contact details &now"))
        self.audit_action.setText(self.tr("&Audit log…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.backup_folder_action.setText(self.tr("Backup &folder…"))
        self.this_pc_action.setText(self.tr("This PC's desk…"))
        self.desks_action.setText(self.tr("Desks of the library…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Desk Assistant"))
        self.lang_id_action.setChecked(self.language() == "id")
        self.lang_en_action.setChecked(self.language() == "en")
        self.update_status()

    def who(self) -> str:
        """Who acts: the librarian of the shift (roles come with the PIN work)."""
        return self.desk.shift.staff if self.desk.shift else "desk"

    def headline(self) -> str:
        due_today, overdue = self.followups.headline()
        return (
            self.tr("Follow-ups: %1 due today, %2 overdue")
            .replace("%1", format_number(due_today, self.language()))
            .replace("%2", format_number(overdue, self.language()))
        )

    def _promise_maybe_made(self) -> None:
        self.update_status()

    def update_status(self) -> None:
        self.headline_label.setText(self.headline())
        role = self.auth.role
        self.role_label.setText(self.tr("Role: %1").replace("%1", role_label(role)))
        self.role_label.setProperty("elevated", role is not Role.DESK)
        self.role_label.style().unpolish(self.role_label)
        self.role_label.style().polish(self.role_label)
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
        self.shift_label.setToolTip(self.shift_label.text())  # whole, when the bar cuts it
        self.pack_label.setVisible(self.look.scale < LARGE_TEXT)

    # --- views ---------------------------------------------------------------------------

    def show_view(self, name: str) -> None:
        self.tabs.setCurrentIndex(VIEWS.index(name))

    def _tab_changed(self, index: int) -> None:
        name = VIEWS[index] if 0 <= index < len(VIEWS) else ""
        if name == "desk":
            self.desk_view.setFocus()
        elif name == "followups":
            self.followups_view.refresh()
            self.followups_view.table.setFocus()
        elif name == "reports":
            # Reports are the supervisor's (figures only, no personal data).
            if not self.screenshot_mode and not self.ensure_role(Role.SUPERVISOR):
                self.tabs.setCurrentIndex(0)
                return
            self.reports_view.refresh()
        elif name == "scripts":
            if not self.screenshot_mode and not self.ensure_role(Role.TRAINER):
                self.tabs.setCurrentIndex(0)
                return
            self.scripts_view.reload()

    def _pack_published(self) -> None:
        if not self.desk_view.flow.touched:
            self.desk_view.start_next_patron()
        self.update_status()

    def _interaction_saved(self, record: InteractionRecord) -> None:
        self.update_status()

    # --- the handover sheet --------------------------------------------------------------

    def handover_sheet(self) -> HandoverSheet:
        from desk_assistant.exports.handover import HandoverSheet

        today = self.clock().date()
        lang = self.language()
        overdue, due_today = self.followups.handover()
        sections = [
            (
                heading,
                tuple(
                    (
                        row.code,
                        row.due.strftime("%d-%m-%Y") if row.due else "—",
                        status_label(row.status),
                        row.title,
                        row.patron_name or "—",  # masked by the service
                        row.phone or "—",
                        str(row.attempts),
                        row.staff,
                    )
                    for row in rows
                ),
            )
            for heading, rows in ((self.tr("Overdue"), overdue), (self.tr("Due today"), due_today))
        ]
        return HandoverSheet(
            library=self.library_name(),
            title=self.tr("Shift handover: follow-ups"),
            subtitle=self.tr("%1 · %2")
            .replace("%1", format_date(today, lang))
            .replace("%2", self.headline()),
            headers=(
                self.tr("Code"),
                self.tr("Promised by"),
                self.tr("Status"),
                self.tr("Item"),
                self.tr("Patron"),
                self.tr("Contact"),
                self.tr("Attempts"),
                self.tr("Staff"),
            ),
            sections=tuple(sections),
            empty_text=self.tr("None."),
            footer=self.tr(
                "Contact details are masked. Reveal them in Desk Assistant (recorded). "
                "Dispose of this sheet as confidential waste."
            ),
        )

    def save_handover(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save handover sheet"),
            f"handover-{self.clock().date().isoformat()}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.write_handover(Path(path))

    def write_handover(self, path: Path) -> bool:
        from desk_assistant.exports.handover import write_handover_pdf

        try:
            write_handover_pdf(self.handover_sheet(), path)
        except OSError as exc:
            self.show_error(
                self.tr("The sheet could not be saved: %1").replace("%1", self.os_reason(exc))
            )
            return False
        self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(path)), 8000)
        return True

    # --- actions -------------------------------------------------------------------------

    def step_font_scale(self, direction: int) -> None:
        current = float(self.settings.get(opt.FONT_SCALE))
        index = min(range(len(FONT_SCALES)), key=lambda i: abs(FONT_SCALES[i] - current))
        index = max(0, min(len(FONT_SCALES) - 1, index + direction))
        self.settings.set(opt.FONT_SCALE, FONT_SCALES[index])
        self.look.apply(FONT_SCALES[index])
        self.update_status()

    def choose_pack_file(self) -> None:
        if not self.ensure_role(Role.TRAINER):
            return
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

    # --- roles ---------------------------------------------------------------------------

    def ensure_role(self, role: Role) -> bool:
        """True if the current role may act as ``role``; otherwise ask for the PIN."""
        from desk_assistant.ui.role_dialogs import PinDialog

        if self.auth.allowed(role):
            self.auth.touch()
            return True
        if role is Role.SUPERVISOR:
            # Reports are the supervisor's: load the charting library while the PIN is typed.
            from desk_assistant.exports import charts

            charts.warm_up()
        first_time = role is Role.SUPERVISOR and self.auth.first_pin_needed(Role.SUPERVISOR)
        if first_time:
            # Setting the very first PIN is enough: it is not asked again right after.
            if not self.set_pin(Role.SUPERVISOR):
                return False
            self.auth.unlock_after_first_pin(self.who())
            self.update_status()
            return self.auth.allowed(role)
        dialog = PinDialog(self.auth, role, self.who(), self.language(), self)
        ok = dialog.exec() == PinDialog.DialogCode.Accepted
        if ok and dialog.needs_new_pin:
            # A PIN from before the six-digit rule: choose a new one now.
            self.show_error(translate("pin.choose_new", self.language()))
            self.set_pin(role)
        self.update_status()
        return ok and self.auth.allowed(role)

    def may_reveal(self, followup: FollowUp) -> bool:
        """This PC's own desk reveals its own follow-ups; any other needs the supervisor."""
        if self.services.followups.may_reveal(followup):
            return True
        return self.ensure_role(Role.SUPERVISOR)

    def edit_desks(self) -> None:
        """The supervisor keeps the list of desks a shift picks from (one a line)."""
        if not self.ensure_role(Role.SUPERVISOR):
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Desks of the library"),
            self.tr("One desk a line. A shift picks its desk from this list:"),
            "\n".join(self.desk.desks()),
        )
        if not ok:
            return
        try:
            self.desk.set_desks(text.splitlines(), self.who())
        except DeskAssistantError as exc:
            self.show_error(exc.user_message(self.language()))

    def bind_this_pc(self) -> None:
        """The supervisor sets which desk this PC is (it reveals that desk's contacts)."""
        if not self.ensure_role(Role.SUPERVISOR):
            return
        desks = self.desk.desks() or sorted(set(self.services.followups.desks_and_staff()[0]))
        current = self.services.followups.this_desk
        name, ok = QInputDialog.getItem(
            self,
            self.tr("This PC's desk"),
            self.tr("The desk this PC stands at (it may reveal that desk's own contacts):"),
            desks if current in desks or not current else [current, *desks],
            max(0, desks.index(current)) if current in desks else 0,
            True,
        )
        name = " ".join(name.split())
        if not ok or not name:
            return
        self.settings.set(opt.THIS_DESK, name)
        self.services.followups.this_desk = name
        self.services.settings.note_this_desk(name, self.who())

    @guarded
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Any key or click keeps an elevated role from dropping as idle."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.auth.touch()
        return False

    def drop_role(self) -> None:
        self.auth.lock()
        self.update_status()

    def set_pin(self, role: Role) -> bool:
        from desk_assistant.ui.role_dialogs import SetPinDialog, show_recovery_code

        if not self.auth.first_pin_needed(Role.SUPERVISOR) and not self.ensure_role(
            Role.SUPERVISOR
        ):
            return False
        dialog = SetPinDialog(self.auth, role, self.who(), self.language(), self)
        if dialog.exec() != SetPinDialog.DialogCode.Accepted:
            return False
        if dialog.recovery_code:
            show_recovery_code(self, dialog.recovery_code)
        return True

    def reset_forgotten_pin(self) -> None:
        from desk_assistant.ui.role_dialogs import RecoveryDialog, show_recovery_code

        dialog = RecoveryDialog(self.auth, self.who(), self.language(), self)
        if dialog.exec() == RecoveryDialog.DialogCode.Accepted and dialog.new_code:
            show_recovery_code(self, dialog.new_code)

    # --- privacy and data safety (supervisor) ---------------------------------------------

    def patron_request(self) -> None:
        from desk_assistant.ui.role_dialogs import PatronRequestDialog

        if self.ensure_role(Role.SUPERVISOR):
            PatronRequestDialog(self.services.privacy, self.who(), self.language(), self).exec()
            self._refresh_followups()

    def set_retention(self) -> None:
        if not self.ensure_role(Role.SUPERVISOR):
            return
        privacy = self.services.privacy
        days, ok = QInputDialog.getInt(
            self,
            self.tr("Contact retention period"),
            self.tr("Erase a closed follow-up's contact details after this many days:"),
            privacy.retention_days,
            0,
            3650,
        )
        if ok:
            privacy.set_retention_days(days, self.who(), self.auth.role.value)

    def run_purge(self) -> None:
        if not self.ensure_role(Role.SUPERVISOR):
            return
        try:
            cleared = self.services.privacy.purge_expired(self.who(), self.auth.role.value)
        except DeskAssistantError as exc:
            self.show_error(exc.user_message(self.language()))
            return
        self.statusBar().showMessage(
            self.tr("Contact details erased from %1 follow-ups.").replace("%1", str(cleared)), 8000
        )
        self._refresh_followups()

    def _refresh_followups(self) -> None:
        """An unbuilt queue reads its rows when it opens."""
        if self.view_built("followups"):
            self.followups_view.refresh()

    def show_audit(self) -> None:
        from desk_assistant.ui.role_dialogs import AuditDialog

        if self.ensure_role(Role.SUPERVISOR):
            AuditDialog(self.services.audit_log, self.who(), self.auth.role.value, self).exec()

    def backup_now(self, reason: str) -> bool:
        """Back up (manual: supervisor; at shift end and daily: automatic)."""
        backups = self.services.backups
        if backups is None:
            return False
        if reason == "manual" and not self.ensure_role(Role.SUPERVISOR):
            return False
        try:
            result = backups.backup(self.who(), self.auth.role.value, reason=reason)
        except DeskAssistantError as exc:
            self.show_error(exc.user_message(self.language()))
            return False
        if result.suspect:
            self.show_error(
                translate(
                    "backup.suspect",
                    self.language(),
                    file=result.path.name,
                    now=result.now.interactions if result.now else 0,
                    before=result.before.interactions if result.before else 0,
                )
            )
            return False
        self.statusBar().showMessage(self.tr("Backed up: %1").replace("%1", result.path.name), 8000)
        return True

    def choose_backup_folder(self) -> None:
        backups = self.services.backups
        if backups is None or not self.ensure_role(Role.SUPERVISOR):
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), str(backups.folder)
        )
        if folder:
            backups.set_folder(Path(folder), self.who(), self.auth.role.value)

    # --- exports (supervisor) ------------------------------------------------------------

    def choose_followup_export(self) -> None:
        if not self.ensure_role(Role.SUPERVISOR):
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export follow-ups"),
            f"tindak-lanjut-{self.clock().date().isoformat()}.xlsx",
            "Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)",
        )
        if path:
            fmt = Path(path).suffix.lower().lstrip(".")
            fmt = fmt if fmt in ("csv", "xlsx", "pdf") else chosen.split("*.")[-1].rstrip(")")
            self.export_followups(fmt, Path(path))

    def _semicolon_csv(self) -> bool:
        """Excel splits a CSV on the list separator of the PC's regional settings: ';'
        where decimals are written with a comma, as in Indonesian."""
        chosen = self.settings.get(CSV_SEPARATOR)
        if chosen in ("comma", "semicolon"):
            return bool(chosen == "semicolon")
        return QLocale.system().decimalPoint() == ","

    def csv_separator(self) -> str:
        return ";" if self.semicolon_csv_action.isChecked() else ","

    def export_followups(self, fmt: str, path: Path) -> ExportRunner:
        filt = self.followups_view.current_filter()
        masked = self.mask_exports_action.isChecked()
        who, role, lang = self.who(), self.auth.role.value, self.language()
        library, flag_after = self.library_name(), self.followups.flag_after
        separator = self.csv_separator()

        def job(service, progress, cancelled):  # type: ignore[no-untyped-def]
            return service.export_followups(
                fmt,
                filt,
                path,
                who,
                role,
                lang,
                masked,
                library,
                flag_after,
                progress,
                cancelled,
                separator,
            )

        return self._run_export(job, self.followups.count(filt), path)

    def export_stats(self, fmt: str, path: Path | None = None) -> ExportRunner | None:
        if not self.ensure_role(Role.SUPERVISOR):
            return None
        since, until = self.reports_view.period()
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export statistics"),
                f"statistik-{since.isoformat()}-{until.isoformat()}.{fmt}",
                f"{fmt.upper()} (*.{fmt})",
            )
            if not chosen:
                return None
            path = Path(chosen)
        who, role, lang, library = (
            self.who(),
            self.auth.role.value,
            self.language(),
            self.library_name(),
        )
        total = self.reports_view.report.interactions if self.reports_view.report else 0
        target, separator = path, self.csv_separator()

        def job(service, progress, cancelled):  # type: ignore[no-untyped-def]
            return service.export_stats(
                fmt, since, until, target, who, role, lang, library, progress, cancelled, separator
            )

        return self._run_export(job, total, path)

    def _run_export(self, job: Job, total: int, path: Path) -> ExportRunner:
        from desk_assistant.ui.export_runner import run_with_progress

        def done(count: int) -> None:
            self.last_export_result = count
            self.statusBar().showMessage(
                self.tr("Exported %1 rows to %2")
                .replace("%1", format_number(count, self.language()))
                .replace("%2", str(path)),
                10000,
            )

        def failed(message: str) -> None:
            self.last_export_result = -1
            if message:
                self.show_error(self.tr("The export failed: %1").replace("%1", message))
            else:
                self.statusBar().showMessage(self.tr("Export cancelled; no file written."), 8000)

        self.last_export_result = None
        runner = run_with_progress(
            self, self.services, self.language(), job, total, path, done, failed
        )
        self.exports_running.append(runner)
        for signal in (runner.finished, runner.failed):
            signal.connect(lambda _r, r=runner: self._export_ended(r))
        return runner

    def _export_ended(self, runner: ExportRunner) -> None:
        with contextlib.suppress(ValueError):
            self.exports_running.remove(runner)

    def save_report_pdf(self) -> None:
        if not self.ensure_role(Role.SUPERVISOR):
            return
        since, until = self.reports_view.period()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            f"laporan-{since.isoformat()}-{until.isoformat()}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            try:
                self.write_report_pdf(Path(chosen))
            except DeskAssistantError as exc:
                self.show_error(exc.user_message(self.language()))

    def write_report_pdf(self, path: Path) -> int:
        """The report with its charts as a PDF; returns the page count."""
        if self.reports_view.report is None:
            self.reports_view.refresh()
        report = self.reports_view.report
        assert report is not None
        if not self.reports_view.chart_png:
            self.reports_view.show_charts()
        return self.services.exports.report_pdf(
            report,
            path,
            self.language(),
            self.library_name(),
            self.who(),
            self.reports_view.chart_png,
        )

    # --- the patron slip -----------------------------------------------------------------

    def slip_for(self, flow: InteractionFlow) -> Slip | None:
        """The slip of a recorded next step, in the UI language; None if there is none."""
        from desk_assistant.exports.slip import Slip

        next_step = flow.next_step
        if next_step is None:
            return None
        lang = self.language()
        case = next_step.case
        item = case.item.title + (f" — {case.item.author}" if case.item.author else "")
        return Slip(
            library=self.library_name(),
            heading=self.tr("Service slip"),
            code_label=self.tr("Your reference code"),
            code=next_step.code,
            item_label=self.tr("You asked for"),
            item=item,
            next_step_label=self.tr("Next step"),
            next_step=flow.readback(lang),
            footer=self.tr("Quote this code when you call or come back to the desk. Thank you!"),
        )

    def library_name(self) -> str:
        return self.services.settings.library_name(self.tr("Public Library"))

    def show_slip(self, flow: InteractionFlow) -> None:
        slip = self.slip_for(flow)
        if slip is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Patron slip"), slip.next_step, parent=self
        )
        box.setObjectName("slipBox")
        print_button = box.addButton(self.tr("&Print…"), QMessageBox.ButtonRole.AcceptRole)
        pdf_button = box.addButton(self.tr("Save as &PDF…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is print_button:
            self.print_slip(slip)
        elif box.clickedButton() is pdf_button:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save patron slip"),
                f"{slip.code or 'slip'}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if path:
                self.save_slip_pdf(slip, Path(path))

    def save_slip_pdf(self, slip: Slip, path: Path) -> bool:
        from desk_assistant.exports.slip import write_slip_pdf

        try:
            write_slip_pdf(slip, path)
        except OSError as exc:
            self.show_error(
                self.tr("The slip could not be saved: %1").replace("%1", self.os_reason(exc))
            )
            return False
        self.statusBar().showMessage(self.tr("Slip saved: %1").replace("%1", str(path)), 8000)
        return True

    def print_slip(self, slip: Slip) -> None:
        from PySide6.QtGui import QPageSize, QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desk_assistant.exports.slip import slip_html

        printer = QPrinter()
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setHtml(slip_html(slip))
            document.print_(printer)

    def set_library_name(self) -> None:
        if not self.ensure_role(Role.SUPERVISOR):
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Library name"),
            self.tr("The library's name, printed on patron slips:"),
            text=self.library_name(),
        )
        if ok and name.strip():
            try:
                self.services.settings.set_library_name(name, self.who())
            except DeskAssistantError as exc:
                self.show_error(exc.user_message(self.language()))

    def os_reason(self, exc: OSError) -> str:
        """Why a file could not be written, in the UI language."""
        from desk_assistant.errors import os_reason

        return os_reason(exc).render(self.language())

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
        from desk_assistant.ui.shift_dialogs import ShiftStartDialog

        dialog = ShiftStartDialog(
            self.desk,
            str(self.settings.get(opt.STAFF)),
            str(self.settings.get(opt.DESK)),
            self.language(),
            self.headline(),
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
        from desk_assistant.ui.shift_dialogs import ShiftSummaryDialog

        if self.desk.shift is None:
            return
        try:
            summary = self.desk.end_shift()
        except DeskAssistantError as exc:
            self.show_error(exc.user_message(self.language()))
            return
        self.backup_now("shift end")
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
        # An export still writing is cancelled, so no half-written file is left behind.
        for runner in list(self.exports_running):
            runner.cancel_event.set()
            runner.wait(timeout=15.0)
        if self.desk.shift is not None:
            with contextlib.suppress(DeskAssistantError):
                self.desk.end_shift()
        event.accept()
