"""Shared fixtures. Qt runs offscreen; non-UI tests never touch Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIB = timezone(timedelta(hours=7))


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 24, 9, 30, tzinfo=WIB))


@pytest.fixture
def db():  # type: ignore[no-untyped-def]
    from desk_assistant.storage.database import open_database

    database = open_database(None)
    yield database
    database.close()


def act_as(services, role: str = "supervisor", who: str = "Kepala") -> None:  # type: ignore[no-untyped-def]
    """The test stands in for a PIN already entered (the PINs themselves: test_roles)."""
    from desk_assistant.domain.roles import Role

    auth = services.auth
    auth._role = Role(role)
    auth._last_activity = services.clock()
    auth.who = who


@pytest.fixture
def services(clock: FakeClock) -> Iterator[object]:
    """Services on a database in memory, as the supervisor (``auth.lock()`` for the desk)."""
    from desk_assistant.app import build_services

    built = build_services(None, clock)
    act_as(built)
    yield built
    built.close()


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from desk_assistant.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, services, settings):  # type: ignore[no-untyped-def]
    from desk_assistant.ui.application import build_window

    services.auth.lock()  # the window starts as the desk librarian
    win, _translations = build_window(services, settings, language="id", font_scale=1.0)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    services.desk.start_shift("SW", "Meja 1")
    services.followups.this_desk = "Meja 1"  # this PC is bound to the desk of the shift
    win.status.refresh()
    win.desk_view.setFocus()
    yield win
    # Close without the "interaction in progress" (or "unpublished script") question a
    # librarian would get.
    services.desk.shift = None
    win.desk_view.flow = services.desk.new_interaction()
    if win.view_built("scripts"):
        win.scripts_view.data = {}
    win.close()
    win.deleteLater()
    flush_deletes()


def flush_deletes() -> None:
    """Destroy widgets closed with deleteLater() now, not in some later test."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# The library server's throwaway PostgreSQL cluster (tests/pg.py), for any test that asks.
from tests.pg import library_db, pg_cluster  # noqa: E402, F401
