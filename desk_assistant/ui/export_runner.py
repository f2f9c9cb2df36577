"""Exports in the background: a progress bar, Cancel, and the window stays responsive."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk_assistant.app import Services
from desk_assistant.errors import DeskAssistantError, ExportCancelled, os_reason
from desk_assistant.services.exports import ExportService

Job = Callable[[ExportService, Callable[[int], None], Callable[[], bool]], int]


class ExportRunner(QObject):
    """Runs one export on its own database connection in a worker thread.

    Signals:
        progressed(int): rows written so far.
        finished(int): the export is complete; the number of rows.
        failed(str): it failed (already translated) or was cancelled ("").
    """

    progressed = Signal(int)
    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, services: Services, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.lang = lang
        self.cancel_event = threading.Event()
        self.worker: threading.Thread | None = None

    def start(self, job: Job) -> None:
        if self.services.db_path is None:  # an in-memory database cannot be shared
            self._run(job, self.services.exports)
            return

        def work() -> None:
            with self.services.exports_in_worker() as service:
                self._run(job, service)

        self.worker = threading.Thread(target=work, name="export", daemon=True)
        self.worker.start()

    def _run(self, job: Job, service: ExportService) -> None:
        try:
            count = job(service, self.progressed.emit, self.cancel_event.is_set)
        except ExportCancelled:
            self.failed.emit("")
        except DeskAssistantError as exc:
            self.failed.emit(exc.user_message(self.lang))
        except OSError as exc:
            self.failed.emit(os_reason(exc).render(self.lang))
        else:
            self.finished.emit(count)

    def wait(self, timeout: float = 60.0) -> None:
        if self.worker is not None:
            self.worker.join(timeout)


def run_with_progress(
    parent: QWidget,
    services: Services,
    lang: str,
    job: Job,
    total: int,
    path: Path,
    on_done: Callable[[int], None],
    on_failed: Callable[[str], None],
) -> ExportRunner:
    """Show a progress dialog with Cancel while ``job`` writes ``path``."""
    dialog = QProgressDialog(parent)
    dialog.setObjectName("exportProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setLabelText(path.name)
    dialog.setRange(0, max(1, total))
    dialog.setMinimumDuration(500)
    runner = ExportRunner(services, lang, parent)
    runner.progressed.connect(dialog.setValue)
    dialog.canceled.connect(runner.cancel_event.set)

    def done(count: int) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_done(count)

    def failed(message: str) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_failed(message)

    runner.finished.connect(done)
    runner.failed.connect(failed)
    runner.start(job)
    return runner
