"""The main window: the desk and, as later work adds them, the other views in tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_assistant import APP_NAME, __version__
from desk_assistant.app import Services
from desk_assistant.domain.clock import Clock
from desk_assistant.domain.roles import Role
from desk_assistant.domain.script_pack import PackError
from desk_assistant.domain.shift import ShiftSummary
from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import format_date, format_number, translate
from desk_assistant.services.auth import AuthService
from desk_assistant.services.desk import DeskService
from desk_assistant.services.followups import FollowUpService
from desk_assistant.services.packs import PackService
from desk_assistant.ui import VIEWS
from desk_assistant.ui import settings as opt
from desk_assistant.ui.admin_actions import AdminActions
from desk_assistant.ui.desk_view import DeskView
from desk_assistant.ui.documents import Documents
from desk_assistant.ui.export_controller import ExportController
from desk_assistant.ui.look import Look
from desk_assistant.ui.paths import in_documents
from desk_assistant.ui.patron_side import PatronSide
from desk_assistant.ui.retranslating import Retranslating
from desk_assistant.ui.role_gate import RoleGate
from desk_assistant.ui.settings import CSV_SEPARATOR, FONT_SCALES, Settings
from desk_assistant.ui.status_bar import StatusBar
from desk_assistant.ui.sync_worker import SyncWorker
from desk_assistant.ui.translations import Translations

if TYPE_CHECKING:
    from desk_assistant.ui.followups_view import FollowUpsView
    from desk_assistant.ui.reports_view import ReportsView
    from desk_assistant.ui.scripts_view import ScriptsView


# Who the audit log names for the first run's settings (before any shift is open).
SETUP_WHO = "supervisor"


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
        self.desk_view = DeskView(
            self.desk,
            followups,
            clock,
            self.language,
            self.tabs,
            self.library_name,
            services.feedback,
        )
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
        self.last_message_box: QMessageBox | None = None
        self.setCentralWidget(self.tabs)
        self.sync_worker = SyncWorker(services, self.language, self)
        self.status = StatusBar(self)
        self.status.changes.changed.connect(self.sync_worker.changed)
        self.roles = RoleGate(self)
        self.admin = AdminActions(self)
        self.patron = PatronSide(self)
        self.exporter = ExportController(self)
        self.documents = Documents(self)
        self._build_menus()
        self._connect_signals()
        self.retranslate()
        self.resize(1366, 768)
        self.sync_worker.start()  # only on a desk that joined a library server

    # --- construction --------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.load_pack_action = QAction(self)
        self.load_pack_action.setShortcut(QKeySequence("Ctrl+O"))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.file_menu.addAction(self.load_pack_action)
        self.setup_action = QAction(self)
        self.file_menu.addAction(self.setup_action)
        self.library_name_action = QAction(self)
        self.file_menu.addAction(self.library_name_action)
        self.calendar_action = QAction(self)
        self.file_menu.addAction(self.calendar_action)
        self.server_action = QAction(self)
        self.file_menu.addAction(self.server_action)
        self.patron.add_survey_menu(self.file_menu)
        self.file_menu.addSeparator()
        self.export_followups_action = QAction(self)
        self.export_followups_action.setShortcut(QKeySequence("Ctrl+E"))
        self.mask_exports_action = QAction(self, checkable=True)
        self.mask_exports_action.setChecked(True)
        self.semicolon_csv_action = QAction(self, checkable=True)
        self.semicolon_csv_action.setChecked(self.exporter.semicolon_csv_chosen())
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
        self.lang_id_action = QAction("Bahasa &Indonesia", self, checkable=True)
        self.lang_en_action = QAction("&English", self, checkable=True)
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
        self.contrast_action = QAction(self, checkable=True)
        self.contrast_action.setChecked(self.look.high_contrast)
        self.view_menu.addAction(self.contrast_action)
        self.view_menu.addSeparator()
        self.patron.add_screen_action(self.view_menu)

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
        self.library_name_action.triggered.connect(self.admin.set_library_name)
        self.calendar_action.triggered.connect(self.admin.edit_calendar)
        self.server_action.triggered.connect(self.admin.library_server)
        self.setup_action.triggered.connect(self.first_run)
        self.export_followups_action.triggered.connect(self.exporter.choose_followup_export)
        self.quit_action.triggered.connect(self.close)
        self.end_shift_action.triggered.connect(self.end_shift)
        self.lang_id_action.triggered.connect(lambda: self.set_language("id"))
        self.lang_en_action.triggered.connect(lambda: self.set_language("en"))
        self.toggle_language_action.triggered.connect(self.toggle_language)
        self.larger_action.triggered.connect(lambda: self.step_font_scale(+1))
        self.contrast_action.toggled.connect(self.set_high_contrast)
        self.smaller_action.triggered.connect(lambda: self.step_font_scale(-1))
        self.about_action.triggered.connect(self.show_about)
        self.supervisor_action.triggered.connect(lambda: self.roles.ensure_role(Role.SUPERVISOR))
        self.trainer_action.triggered.connect(lambda: self.roles.ensure_role(Role.TRAINER))
        self.desk_role_action.triggered.connect(self.roles.drop_role)
        self.trainer_pin_action.triggered.connect(lambda: self.roles.set_pin(Role.TRAINER))
        self.supervisor_pin_action.triggered.connect(lambda: self.roles.set_pin(Role.SUPERVISOR))
        self.forgot_pin_action.triggered.connect(self.roles.reset_forgotten_pin)
        self.patron_request_action.triggered.connect(self.admin.patron_request)
        self.retention_action.triggered.connect(self.admin.set_retention)
        self.purge_action.triggered.connect(self.admin.run_purge)
        self.audit_action.triggered.connect(self.admin.show_audit)
        self.backup_action.triggered.connect(lambda: self.admin.backup_now("manual"))
        self.backup_folder_action.triggered.connect(self.admin.choose_backup_folder)
        self.this_pc_action.triggered.connect(self.admin.bind_this_pc)
        self.desks_action.triggered.connect(self.admin.edit_desks)
        self.desk_view.error_raised.connect(self.show_error)
        # A new patron: what the status bar said about the last one is no longer news.
        self.desk_view.interaction_saved.connect(lambda _record: self.statusBar().clearMessage())
        self.desk_view.language_toggle_requested.connect(self.toggle_language)
        self.desk_view.slip_requested.connect(self.documents.show_slip)
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
                self.roles.may_reveal,
                place,
            )
            followups.counts_changed.connect(self.status.refresh)
            followups.handover_requested.connect(self.documents.save_handover)
            followups.detail.error_raised.connect(self.show_error)
            for source in (followups, followups.detail):
                source.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
            return followups
        if name == "reports":
            from desk_assistant.ui.reports_view import ReportsView

            reports = ReportsView(
                self.services.reports, self.packs, self.language, self.clock, place
            )
            reports.export_requested.connect(self.exporter.export_stats)
            reports.print_requested.connect(self.exporter.save_report_pdf)
            return reports
        from desk_assistant.ui.scripts_view import ScriptsView

        scripts = ScriptsView(
            self.packs, self.language, self.who, self.clock, place, self.library_name
        )
        scripts.published.connect(self._pack_published)
        scripts.practice_toggled.connect(
            lambda on: self.desk_view.set_practice(on, scripts.practice_pack() if on else None)
        )
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
        self.tabs.setTabText(2, self.tr("Repor&ts"))
        self.tabs.setTabText(3, self.tr("S&cripts"))
        self.file_menu.setTitle(self.tr("&File"))
        self.load_pack_action.setText(self.tr("&Load script pack…"))
        self.library_name_action.setText(self.tr("Library &name…"))
        self.calendar_action.setText(self.tr("Library &calendar (opening and closed days)…"))
        self.server_action.setText(self.tr("Library se&rver (several desks)…"))
        self.patron.retranslate()
        self.setup_action.setText(self.tr("Set &up the library…"))
        # Only until the supervisor PIN is set; each setting has its own menu item then.
        self.setup_action.setVisible(self.auth.first_pin_needed(Role.SUPERVISOR))
        self.export_followups_action.setText(self.tr("&Export follow-ups (CSV, Excel, PDF)…"))
        self.mask_exports_action.setText(self.tr("Mas&k contact details in exports"))
        self.semicolon_csv_action.setText(
            self.tr("CS&V with semicolons (Excel with Indonesian regional settings)")
        )
        self.quit_action.setText(self.tr("&Quit"))
        self.shift_menu.setTitle(self.tr("&Shift"))
        self.end_shift_action.setText(self.tr("&End shift…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.toggle_language_action.setText(self.tr("S&witch language"))
        self.larger_action.setText(self.tr("&Larger text"))
        self.contrast_action.setText(self.tr("&High contrast"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.role_menu.setTitle(self.tr("&Role"))
        self.supervisor_action.setText(self.tr("Become &supervisor (PIN)…"))
        self.trainer_action.setText(self.tr("Become &trainer (PIN)…"))
        self.desk_role_action.setText(self.tr("Back to &desk librarian"))
        self.trainer_pin_action.setText(self.tr("Set the trainer &PIN…"))
        self.supervisor_pin_action.setText(self.tr("&Change the supervisor PIN…"))
        self.forgot_pin_action.setText(self.tr("&Forgot the supervisor PIN?…"))
        self.privacy_menu.setTitle(self.tr("&Privacy && data"))
        self.patron_request_action.setText(self.tr("A patron's re&quest about their data…"))
        self.retention_action.setText(self.tr("Contact &retention period…"))
        self.purge_action.setText(self.tr("Erase expired contact details &now"))
        self.audit_action.setText(self.tr("&Audit log…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.backup_folder_action.setText(self.tr("Backup &folder…"))
        self.this_pc_action.setText(self.tr("&This PC's desk…"))
        self.desks_action.setText(self.tr("&Desks of the library…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Desk Assistant"))
        self.lang_id_action.setChecked(self.language() == "id")
        self.lang_en_action.setChecked(self.language() == "en")
        self.status.refresh()

    def who(self) -> str:
        """Who acts: the librarian of the shift (roles come with the PIN work)."""
        return self.desk.shift.staff if self.desk.shift else "desk"

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
            if self.services.sync.configured() and self.services.sync.refusals():
                self.services.sync.refusals_seen()  # seen where they happened: the queue
                self.status.refresh()
        elif name == "reports":
            # Reports are the supervisor's (figures only, no personal data).
            if not self.screenshot_mode and not self.roles.ensure_role(Role.SUPERVISOR):
                self.tabs.setCurrentIndex(0)
                return
            self.reports_view.refresh()
        elif name == "scripts":
            if not self.screenshot_mode and not self.roles.ensure_role(Role.TRAINER):
                self.tabs.setCurrentIndex(0)
                return
            self.scripts_view.open()

    def _pack_published(self) -> None:
        if not self.desk_view.flow.touched:
            self.desk_view.start_next_patron()

    # --- actions -------------------------------------------------------------------------

    def set_high_contrast(self, on: bool) -> None:
        """Light text on black, for low vision or glare; kept for this PC."""
        self.settings.set(opt.HIGH_CONTRAST, on)
        self.look.apply(self.look.scale, on)
        self.contrast_action.setChecked(on)
        if self.view_built("followups"):
            self.followups_view.model.layoutChanged.emit()  # the rows' colours

    def step_font_scale(self, direction: int) -> None:
        current = float(self.settings.get(opt.FONT_SCALE))
        index = min(range(len(FONT_SCALES)), key=lambda i: abs(FONT_SCALES[i] - current))
        index = max(0, min(len(FONT_SCALES) - 1, index + direction))
        self.settings.set(opt.FONT_SCALE, FONT_SCALES[index])
        self.look.apply(FONT_SCALES[index])
        self.status.refresh()

    def choose_pack_file(self) -> None:
        if not self.roles.ensure_role(Role.TRAINER):
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load script pack"),
            in_documents(),
            self.tr("Script packs (*.yaml *.yml)"),
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
        if self.view_built("scripts"):
            self.scripts_view.open()  # the Scripts tab shows the pack now active
        self.status.refresh()
        self.statusBar().showMessage(
            self.tr("Script pack loaded: %1 (version %2)")
            .replace("%1", pack.name.get(self.language()))
            .replace("%2", str(pack.version)),
            8000,
        )
        return True

    def library_name(self) -> str:
        # One default for the window, the slips, the exports and the command line.
        return self.services.settings.library_name(translate("library.default", self.language()))

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
        """Resume a shift left open at this desk, or start one; False if the librarian chose
        to quit."""
        from desk_assistant.ui.shift_dialogs import ShiftStartDialog, ShiftSummaryDialog

        left = self.desk.open_shift(str(self.settings.get(opt.DESK)))
        if left is not None:
            if self._resume_or_end(left):
                return True
            ShiftSummaryDialog(self.desk.end_left_open(left.shift), self, self.language()).exec()

        dialog = ShiftStartDialog(
            self.desk,
            str(self.settings.get(opt.STAFF)),
            str(self.settings.get(opt.DESK)),
            self.language(),
            self.status.headline() if self.status.follow_ups_waiting() else "",
            self,
        )
        if dialog.exec() != ShiftStartDialog.DialogCode.Accepted or dialog.shift is None:
            return False
        self.settings.set(opt.STAFF, dialog.shift.staff)
        self.settings.set(opt.DESK, dialog.shift.desk)
        self.status.refresh()
        self.desk_view.setFocus()
        return True

    def ask(self, name: str, text: str, yes: str, no: str, default_yes: bool) -> bool:
        """A question with two answers; True for ``yes``. ``default_yes`` False: Enter and
        Esc both answer ``no`` (the safe answer a reflex must give)."""
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text, parent=self)
        box.setObjectName(name)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button if default_yes else no_button)
        if not default_yes:
            box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def _resume_or_end(self, left: ShiftSummary) -> bool:
        """Ask whether a shift left open goes on (True: resumed) or is over."""
        shift = left.shift
        resume = self.ask(
            "openShiftBox",
            self.tr("The shift of %1 at %2, started %3, is still open (%4 served so far).")
            .replace("%1", shift.staff)
            .replace("%2", shift.desk)
            .replace("%3", format_date(shift.started_at.date(), self.language()))
            .replace("%4", format_number(left.served, self.language())),
            self.tr("&Resume it"),
            self.tr("It is &over: end it"),
            default_yes=True,
        )
        if not resume:
            return False
        self.desk.resume_shift(shift)
        self.desk_view.setFocus()
        self.statusBar().showMessage(
            self.tr("Shift resumed: %1 at %2").replace("%1", shift.staff).replace("%2", shift.desk),
            8000,
        )
        return True

    def first_run(self) -> None:
        """The supervisor's one short setup; "Later" is remembered and not asked again at
        start (the File menu keeps it until the supervisor PIN is set)."""
        from desk_assistant.ui.first_run import FirstRunDialog
        from desk_assistant.ui.role_dialogs import show_recovery_code

        if not self.auth.first_pin_needed(Role.SUPERVISOR):
            self.setup_action.setVisible(False)
            return
        dialog = FirstRunDialog(
            self.services.settings,
            SETUP_WHO,
            self.language(),
            self.services.settings.library_name(""),
            self.desk.desks(),
            self,
        )
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            self.services.settings.postpone_first_run(self.who())
            return
        if dialog.recovery_code:
            show_recovery_code(self, dialog.recovery_code)
        if dialog.this_desk:
            self.settings.set(opt.THIS_DESK, dialog.this_desk)
            self.services.followups.this_desk = dialog.this_desk
        self.setup_action.setVisible(False)
        self.status.refresh()

    def _quit_with_unpublished_script(self) -> bool:
        """The script editor has changes not published: say they are kept; default stay."""
        self.scripts_view.keep_draft()
        if self.ask(
            "unpublishedBox",
            self.tr(
                "The script has changes that are not published. They are kept as a draft and "
                "offered again when the Scripts tab is opened. Quit now?"
            ),
            self.tr("Quit"),
            self.tr("Stay in the editor"),
            default_yes=False,
        ):
            return True
        self.show_view("scripts")
        return False

    def offer_draft(self) -> None:
        """A checklist kept when the program was quit: open it again, or discard it."""
        draft = self.desk.take_draft()
        if draft is None:
            return
        reopen = self.ask(
            "draftBox",
            self.tr(
                "A checklist was kept when the program was closed: “%1”. Open it again?"
            ).replace("%1", draft.subject or "—"),
            self.tr("&Open it again"),
            self.tr("&Discard it"),
            default_yes=True,
        )
        if not reopen:
            return
        if not self.desk_view.reopen(draft):
            # The script changed so that no step opens a checklist: the text is not lost.
            self.show_error(
                self.tr(
                    "The kept checklist cannot be opened with this script. It said: %1"
                ).replace("%1", draft.subject or "—")
            )

    def end_shift(self) -> None:
        from desk_assistant.ui.shift_dialogs import ShiftSummaryDialog

        if self.desk.shift is None:
            return
        try:
            summary = self.desk.end_shift()
        except DeskAssistantError as exc:
            self.show_error(exc.user_message(self.language()))
            return
        self.admin.backup_now("shift end")
        ShiftSummaryDialog(summary, self, self.language()).exec()
        self.status.refresh()
        if not self.ask_shift():
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        unpublished = self.view_built("scripts") and self.scripts_view.has_unpublished()
        if unpublished and not self._quit_with_unpublished_script():
            event.ignore()
            return
        if self.desk_view.flow.touched and self.desk.shift is not None:
            draft = self.desk_view.draft()
            text = self.tr(
                "An interaction is in progress. Quit anyway? It will be recorded as abandoned."
            )
            if draft is not None:
                text += " " + self.tr(
                    "What you typed in the checklist is kept and offered at the next start."
                )
            # A reflex Enter (or Esc) keeps the patron and everything typed.
            if not self.ask(
                "quitBox", text, self.tr("Quit"), self.tr("Go on serving"), default_yes=False
            ):
                event.ignore()
                return
            if draft is not None:
                self.desk.keep_draft(draft)
            self.desk_view.confirming_abandon = True
            self.desk_view.confirm_abandon()
        self.patron.close()
        # A cycle with the library server ends within its link timeouts; none starts now.
        self.sync_worker.timer.stop()
        self.sync_worker.soon.stop()
        self.sync_worker.wait()
        # An export still writing is cancelled, so no half-written file is left behind.
        for runner in list(self.exporter.exports_running):
            runner.cancel_event.set()
            runner.wait(timeout=15.0)
        # The shift stays open: the next start offers to resume it or to end it with its
        # summary (it counts everything of the shift from the database).
        event.accept()
