"""The status bar: the shift, the follow-ups due, the role and the script pack.

It follows the services' changes (a promise made, a status changed, a PIN typed, a shift
started, a pack published) through one signal, instead of being refreshed by hand after
each action; a timer covers what changes with the clock alone (an idle role dropping back,
a new day making follow-ups due).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desk_assistant.domain.roles import Role
from desk_assistant.i18n import format_number
from desk_assistant.services.changes import Topic
from desk_assistant.ui.labels import role_label, status_label
from desk_assistant.ui.look import LARGE_TEXT, set_look_state

if TYPE_CHECKING:
    from desk_assistant.ui.main_window import MainWindow


class ServiceChanges(QObject):
    """The services' changes as a Qt signal, delivered on the window's thread (an export's
    worker thread may cause one)."""

    changed = Signal(str)

    def __init__(self, subscribe: Callable[[Callable[[Topic], None]], Callable[[], None]],
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._unsubscribe = subscribe(lambda topic: self.changed.emit(topic.value))
        self.destroyed.connect(lambda *_: self._unsubscribe())


class StatusBar(QObject):
    """The labels of the window's status bar, kept up to date."""

    CLOCK_INTERVAL_MS = 15_000

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.headline_label = QLabel(window)
        self.headline_label.setObjectName("headlineLabel")
        self.shift_label = QLabel(window)
        self.pack_label = QLabel(window)
        # Staff, desk and pack names as typed, never read as HTML.
        for label in (self.shift_label, self.pack_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # At large text the bar cannot hold everything: the pack's name (also in the Scripts
        # tab) is left out, and the shift gives way before the follow-ups due and the role
        # (its whole text in a tooltip).
        self.shift_label.setMinimumWidth(1)
        bar = window.statusBar()
        bar.addWidget(self.shift_label, 1)
        bar.addPermanentWidget(self.headline_label)
        self.role_label = QLabel(window)
        self.role_label.setObjectName("roleLabel")
        bar.addPermanentWidget(self.role_label)
        # The library server, on a desk that joined one: online or not, what waits, and a
        # change of this desk's the server refused (until the queue is looked at).
        self.refusal_label = QLabel(window)
        self.refusal_label.setObjectName("refusalLabel")
        self.refusal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.server_label = QLabel(window)
        self.server_label.setObjectName("serverLabel")
        bar.addPermanentWidget(self.refusal_label)
        bar.addPermanentWidget(self.server_label)
        bar.addPermanentWidget(self.pack_label)
        # The text size changed (from the menu, or any other way): what fits is decided again.
        bar.installEventFilter(self)
        self.changes = ServiceChanges(window.services.changes.subscribe, self)
        self.changes.changed.connect(self.refresh)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(self.CLOCK_INTERVAL_MS)
        self.clock_timer.timeout.connect(self.refresh)
        self.clock_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self.refresh)
        return super().eventFilter(watched, event)

    def follow_ups_waiting(self) -> bool:
        """Are any follow-ups due today or overdue (the headline is then in red)?"""
        due_today, overdue = self.window.followups.headline()
        return due_today + overdue > 0

    def headline(self) -> str:
        due_today, overdue = self.window.followups.headline()
        return (
            self.tr("Follow-ups: %1 due today, %2 overdue")
            .replace("%1", format_number(due_today, self.window.language()))
            .replace("%2", format_number(overdue, self.window.language()))
        )

    def refresh(self, _topic: str = "") -> None:
        self.headline_label.setText(self.headline())
        set_look_state(self.headline_label, "alarm", self.follow_ups_waiting())
        role = self.window.auth.role
        self.role_label.setText(self.tr("Role: %1").replace("%1", role_label(role)))
        set_look_state(self.role_label, "elevated", role is not Role.DESK)
        shift = self.window.desk.shift
        if shift is None:
            self.shift_label.setText(self.tr("No shift started"))
        else:
            self.shift_label.setText(
                self.tr("Shift: %1 at %2").replace("%1", shift.staff).replace("%2", shift.desk)
            )
        pack = self.window.packs.active
        self.pack_label.setText(
            self.tr("Script: %1 (version %2)")
            .replace("%1", pack.name.get(self.window.language()))
            .replace("%2", str(pack.version))
        )
        self.shift_label.setToolTip(self.shift_label.text())  # whole, when the bar cuts it
        self.pack_label.setVisible(self.window.look.scale < LARGE_TEXT)
        self._show_server()

    def _show_server(self) -> None:
        sync = self.window.services.sync
        joined = sync.configured()
        self.server_label.setVisible(joined)
        refusals = sync.refusals() if joined else []
        self.refusal_label.setVisible(bool(refusals))
        if not joined:
            return
        worker = self.window.sync_worker
        state = (
            self.tr("connecting…")
            if worker.online is None
            else self.tr("online")
            if worker.online
            else self.tr("offline")
        )
        self.server_label.setText(
            self.tr("Server: %1 · %2 waiting")
            .replace("%1", state)
            .replace("%2", format_number(sync.pending(), self.window.language()))
        )
        self.server_label.setToolTip(worker.reason)
        set_look_state(self.server_label, "alarm", worker.online is False)
        if refusals:
            last = refusals[-1]
            text = (
                self.tr("%1 was not changed here: already %2 at %3 by %4 (%5)")
                .replace("%1", last.code)
                .replace("%2", status_label(last.status).lower())
                .replace("%3", last.desk)
                .replace("%4", last.by)
                .replace("%5", last.changed[11:16])
            )
            if len(refusals) > 1:
                text += " " + self.tr("(and %1 more)").replace("%1", str(len(refusals) - 1))
            self.refusal_label.setText(text)
            self.refusal_label.setToolTip(text)
            set_look_state(self.refusal_label, "alarm", True)
