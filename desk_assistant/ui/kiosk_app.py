"""``desk-assistant kiosk``: the survey kiosk alone, full screen, for a PC or tablet the
patrons use by themselves (at the exit, say). Joined to the library server, it takes the
library's survey periods and sends its answers in the background like any desk; alone, it
keeps them in its own database for the supervisor's report on that PC. Closing it asks
for the supervisor's PIN (when one is set), so a patron cannot leave it closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from desk_assistant.domain.roles import Role
from desk_assistant.ui.application import make_app
from desk_assistant.ui.role_dialogs import PinDialog
from desk_assistant.ui.skm_kiosk import SurveyKiosk
from desk_assistant.ui.sync_worker import SyncWorker
from desk_assistant.ui.translations import Translations

if TYPE_CHECKING:
    from desk_assistant.app import Services

KIOSK_DESK = "Kios"  # the desk its answers name when the PC has joined no server


def build_kiosk(services: Services, language: str) -> tuple[SurveyKiosk, SyncWorker]:
    """The kiosk window and its background sync (not started)."""
    app = make_app()
    Translations.of(app).set_language(language)
    desk = services.sync.desk() or KIOSK_DESK
    kiosk = SurveyKiosk(services.feedback, lambda: desk, language)
    auth = services.auth

    def may_close() -> bool:
        if not auth.has_pin(Role.SUPERVISOR):
            return True
        dialog = PinDialog(auth, Role.SUPERVISOR, desk, kiosk.lang, kiosk)
        allowed = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        auth.lock()  # nobody stays supervisor at a kiosk
        return allowed

    kiosk.may_close = may_close
    worker = SyncWorker(services, lambda: kiosk.lang, kiosk)
    # A survey period started at another desk shows as soon as it has come.
    worker.finished.connect(lambda *_: kiosk.refresh())
    return kiosk, worker


def run_kiosk(services: Services, language: str) -> int:
    app = make_app()
    kiosk, worker = build_kiosk(services, language)
    worker.start()
    kiosk.showFullScreen()
    try:
        return app.exec()
    finally:
        worker.timer.stop()
        worker.wait()
