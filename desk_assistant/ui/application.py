"""Starting the Qt application: translations, look, the main window, screenshots."""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QSettings,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from desk_assistant import APP_NAME
from desk_assistant.app import Services
from desk_assistant.errors import DatabaseDamagedError, DeskAssistantError
from desk_assistant.i18n import translate
from desk_assistant.services.audit import AuditService
from desk_assistant.services.auth import RoleRequired
from desk_assistant.services.backup import QUICK_CHECK_LIMIT, damage_of, needs_check_marker
from desk_assistant.ui import settings as opt
from desk_assistant.ui import wheel_guard
from desk_assistant.ui.look import Look
from desk_assistant.ui.main_window import MainWindow
from desk_assistant.ui.paths import name_the_application
from desk_assistant.ui.patron_screen import TABLET_SIZE
from desk_assistant.ui.settings import Settings
from desk_assistant.ui.translations import Translations

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1366, 768)


# Qt's notes that say only that a window is drawn without a screen (a screenshot, a check
# of a build): nothing is wrong, so they are logged as information, not as warnings.
_NO_SCREEN_NOTES = ("This plugin does not support",)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the log file, not to the librarian's terminal."""
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    if level == logging.WARNING and message.startswith(_NO_SCREEN_NOTES):
        level = logging.INFO
    logging.getLogger("qt").log(level, "%s", message)


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qInstallMessageHandler(_qt_message)
    app = QApplication(argv if argv is not None else [sys.argv[0]])
    name_the_application()
    app.setApplicationDisplayName(APP_NAME)
    return app


def show_upgrade_notice(lang: str) -> QWidget:
    """A small window saying that the database is being updated (once, after an upgrade),
    so a start that takes a few seconds longer does not look like a hang."""
    notice = QLabel(translate("db.upgrading", lang))
    notice.setObjectName("upgradeNotice")
    notice.setWindowTitle("Desk Assistant")
    notice.setWordWrap(True)
    notice.setMargin(24)
    notice.setMinimumWidth(480)
    notice.show()
    for _ in range(3):
        QApplication.processEvents()
    return notice


def build_window(
    services: Services,
    settings: Settings,
    language: str | None = None,
    font_scale: float | None = None,
) -> tuple[MainWindow, Translations]:
    app = make_app()
    translations = Translations.of(app)
    translations.set_language(language or str(settings.get(opt.LANGUAGE)))
    look = Look(app)
    look.apply(
        font_scale if font_scale is not None else float(settings.get(opt.FONT_SCALE)),
        bool(settings.get(opt.HIGH_CONTRAST)),
    )
    window = MainWindow(services, settings, translations, look)
    return window, translations


def _install_excepthook(window: MainWindow, lang: str) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, RoleRequired):
            # A service said a role is needed where the window did not ask first: say so
            # and ask for that role's PIN now; the action can then be done again.
            window.show_error(value.user_message(window.language()))
            window.roles.ensure_role(value.role)
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        QMessageBox.critical(None, APP_NAME, translate("error.unexpected", lang))

    sys.excepthook = hook


class _Background(QObject):
    """Runs a check off the GUI thread and hands its text result back to it."""

    finished = Signal(str)

    def start(self, name: str, work: Callable[[], str]) -> None:
        def run() -> None:
            try:
                result = work()
            except DeskAssistantError as exc:  # not damage: the drive or a lock; say nothing
                log.warning("Background check %s could not run: %s", name, exc)
                result = ""
            self.finished.emit(result)

        threading.Thread(target=run, name=name, daemon=True).start()


def _check_in_background(window: MainWindow, path: Path, lang: str) -> None:
    """A large history is checked after the window opens, so the start stays quick."""
    check = _Background(window)

    def done(problem: str) -> None:
        if problem:
            log.error("Integrity check failed: %s", problem)
            # The next start checks before opening and offers the newest backup.
            with contextlib.suppress(OSError):
                needs_check_marker(path).write_text(problem, encoding="utf-8")
            error = DatabaseDamagedError("db.damaged", detail=problem)
            QMessageBox.critical(
                window,
                APP_NAME,
                error.user_message(lang) + "\n\n" + translate("backup.damaged_running", lang),
            )

    check.finished.connect(done)
    check.start("integrity-check", lambda: damage_of(path) or "")


def _verify_audit_in_background(window: MainWindow, path: Path, lang: str) -> None:
    """The audit log's chain is checked at every start, off the GUI thread."""
    check = _Background(window)

    def work() -> str:
        found = AuditService.verify_file(path)
        if found.intact:
            return ""
        if found.reason == "unprotected":
            return translate("cli.audit_unprotected", lang)
        return translate("cli.audit_broken", lang, row=found.broken_at)

    def done(problem: str) -> None:
        if problem:
            log.error("Audit log check failed: %s", problem)
            QMessageBox.warning(window, APP_NAME, problem)

    check.finished.connect(done)
    check.start("audit-check", work)


def run_gui(
    services: Services,
    language: str | None,
    screenshot: Path | None = None,
    view: str = "desk",
    font_scale: float | None = None,
) -> int:
    app = make_app()
    settings = Settings(QSettings())
    window, translations = build_window(services, settings, language, font_scale)
    if screenshot is not None and view == "patron":
        window.patron.show_screen(True)
        screen = window.patron.screen
        assert screen is not None
        screen.resize(TABLET_SIZE)
        for _ in range(3):
            app.processEvents()
        ok = screen.grab().save(str(screenshot))
        window.patron.show_screen(False)
        if ok and sys.stdout is not None:
            print(f"{screenshot}: {screen.windowTitle()}")
        return 0 if ok else 1
    if screenshot is not None:
        window.screenshot_mode = True
        window.resize(*SCREENSHOT_SIZE)
        window.show_view(view)
        if view == "reports":
            # Draw the charts now: the picture must not show "Drawing the chart…".
            window.reports_view.show_charts()
        window.show()
        for _ in range(3):
            app.processEvents()
        ok = window.grab().save(str(screenshot))
        window.hide()
        if ok and sys.stdout is not None:  # what was drawn, for a check of a build
            tab = window.tabs.tabText(window.tabs.currentIndex()).replace("&", "")
            print(f"{screenshot}: {window.windowTitle()} · {tab}")
        return 0 if ok else 1
    _install_excepthook(window, translations.language)
    app.installEventFilter(window.roles)
    wheel_guard.install(app)  # for the user's hands: not needed to paint the first view
    window.show()
    # First run, once: the supervisor sets up the library (or puts it off, and it is not
    # asked again at start); whoever sets the PIN is the supervisor now.
    if services.settings.first_run_due():
        window.first_run()
    if not window.ask_shift():
        return 0
    window.offer_draft()
    if services.backups is not None and services.backups.due():
        QTimer.singleShot(3000, lambda: window.admin.backup_now("daily"))
    if services.db_path is not None and services.db_path.stat().st_size > QUICK_CHECK_LIMIT:
        _check_in_background(window, services.db_path, translations.language)
    if services.db_path is not None:
        _verify_audit_in_background(window, services.db_path, translations.language)
    window.desk_view.setFocus()
    return app.exec()
