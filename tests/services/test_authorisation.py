"""Authorisation lives in the services: one rule for the window, the command line, tests.

Every public method of every service is listed here, as the desk's own work or with the
role it needs; a new method that is not listed fails the test until it is classified.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desk_assistant.domain.queue import QueueFilter
from desk_assistant.domain.roles import Role
from desk_assistant.services.audit import AuditService
from desk_assistant.services.auth import AuthService, RoleRequired
from desk_assistant.services.backup import BackupService
from desk_assistant.services.calendar import CalendarService
from desk_assistant.services.demo import DemoService
from desk_assistant.services.desk import DeskService
from desk_assistant.services.documents import DocumentService
from desk_assistant.services.exports import ExportService
from desk_assistant.services.feedback import FeedbackService
from desk_assistant.services.followups import FollowUpService
from desk_assistant.services.packs import PackService
from desk_assistant.services.privacy import PrivacyService
from desk_assistant.services.reports import ReportService
from desk_assistant.services.settings import LibrarySetup, SettingsService
from desk_assistant.services.sync import SyncService
from tests.conftest import act_as
from tests.packs import MINIMAL, make_followup

S, T, SCHED = Role.SUPERVISOR, Role.TRAINER, Role.SCHEDULED
Call = Callable[[Any, Path], object]

# (service attribute on Services, method) -> (the role it needs, a call that tries it)
PROTECTED: dict[tuple[str, str], tuple[Role, Call]] = {
    ("packs", "load_file"): (T, lambda s, d: s.packs.load_file(d / "mini.yaml", "x")),
    ("packs", "import_file"): (T, lambda s, d: s.packs.import_file(d / "mini.yaml", "x")),
    ("packs", "export"): (T, lambda s, d: s.packs.export(d / "out.yaml")),
    ("packs", "activate"): (T, lambda s, d: s.packs.activate(1, "x")),
    ("packs", "publish_source"): (T, lambda s, d: s.packs.publish_source(MINIMAL, "x")),
    ("packs", "stored"): (T, lambda s, d: s.packs.stored(1)),
    ("packs", "keep_draft"): (T, lambda s, d: s.packs.keep_draft(MINIMAL, "x")),
    ("packs", "draft"): (T, lambda s, d: s.packs.draft()),
    ("packs", "discard_draft"): (T, lambda s, d: s.packs.discard_draft()),
    ("privacy", "find_patron"): (S, lambda s, d: s.privacy.find_patron("Budi")),
    ("privacy", "export_patron"): (S, lambda s, d: s.privacy.export_patron([], d / "p", "x", "x")),
    ("privacy", "erase_patron"): (S, lambda s, d: s.privacy.erase_patron([], "x", "x")),
    ("privacy", "set_retention_days"): (S, lambda s, d: s.privacy.set_retention_days(9, "x", "x")),
    ("privacy", "purge_expired"): (SCHED, lambda s, d: s.privacy.purge_expired("x", "x")),
    ("privacy", "reapply_erasures"): (SCHED, lambda s, d: s.privacy.reapply_erasures([], "x")),
    ("exports", "export_followups"): (
        SCHED,
        lambda s, d: s.exports.export_followups(
            "csv", QueueFilter(), d / "f.csv", "x", "x", masked=True
        ),  # fmt: skip
    ),
    ("exports", "export_stats"): (
        SCHED,
        lambda s, d: s.exports.export_stats(
            "csv", date(2026, 1, 1), date(2026, 1, 2), d / "s.csv", "x", "x"
        ),  # fmt: skip
    ),
    ("exports", "followup_rows"): (
        S,
        lambda s, d: list(s.exports.followup_rows(QueueFilter(), "id")),
    ),  # fmt: skip
    ("exports", "stats_rows"): (
        SCHED,
        lambda s, d: list(s.exports.stats_rows(date(2026, 1, 1), date(2026, 1, 2), "id")),
    ),  # fmt: skip
    ("backups", "backup"): (S, lambda s, d: s.backups.backup("x", "x", d / "copy.db")),
    ("backups", "set_folder"): (S, lambda s, d: s.backups.set_folder(d / "b", "x", "x")),
    ("audit_log", "entries"): (S, lambda s, d: s.audit_log.entries()),
    ("audit_log", "span"): (S, lambda s, d: s.audit_log.span()),
    ("audit_log", "people_and_actions"): (S, lambda s, d: s.audit_log.people_and_actions()),
    ("audit_log", "export_csv"): (S, lambda s, d: s.audit_log.export_csv(d / "a.csv", "x", "x")),
    ("followups", "reveal"): (S, lambda s, d: s.followups.reveal(1, "x")),
    ("followups", "set_flag_after"): (S, lambda s, d: s.followups.set_flag_after(5)),
    ("auth", "set_pin"): (S, lambda s, d: s.auth.set_pin(Role.TRAINER, "135792", "x")),
    ("desk", "set_desks"): (S, lambda s, d: s.desk.set_desks(["Meja Anak"], "x")),
    ("auth", "unlock_unprotected"): (S, lambda s, d: s.auth.unlock_unprotected(S, "x")),
    ("settings", "set_library_name"): (S, lambda s, d: s.settings.set_library_name("P", "x")),
    ("settings", "note_this_desk"): (S, lambda s, d: s.settings.note_this_desk("Meja 1", "x")),
    ("calendar", "set_opening_days"): (
        S,
        lambda s, d: s.calendar.set_opening_days(frozenset({0}), "x"),
    ),  # fmt: skip
    ("calendar", "set_joint_leave"): (S, lambda s, d: s.calendar.set_joint_leave(False, "x")),
    ("calendar", "close_day"): (S, lambda s, d: s.calendar.close_day(date(2027, 3, 16), "", "x")),
    ("calendar", "open_day"): (S, lambda s, d: s.calendar.open_day(date(2027, 3, 16), "", "x")),
    ("calendar", "forget_day"): (S, lambda s, d: s.calendar.forget_day(date(2027, 3, 16), "x")),
    # Binding a desk to a library server is the supervisor's (refused before connecting).
    ("sync", "join"): (S, lambda s, d: s.sync.join("host=127.0.0.1 port=1", "Meja", "x")),
    # The first run's setup sets the very first PIN without a role; once a PIN exists, it
    # is the supervisor's (and nothing of it is stored first).
    ("settings", "first_run"): (
        S,
        lambda s, d: s.settings.first_run(LibrarySetup("P", ["Meja 9"], "Meja 9", "246813"), "x"),
    ),  # fmt: skip
    ("exports", "report_pdf"): (SCHED, lambda s, d: _report_pdf(s, d)),
    ("feedback", "set_ratings_on"): (S, lambda s, d: s.feedback.set_ratings_on(False, "x")),
    ("feedback", "staff_satisfaction"): (
        S,
        lambda s, d: s.feedback.staff_satisfaction(date(2026, 1, 1), date(2026, 1, 31)),
    ),
    ("feedback", "start_survey"): (S, lambda s, d: s.feedback.start_survey("x")),
    ("feedback", "end_survey"): (S, lambda s, d: s.feedback.end_survey("x")),
    ("feedback", "export_skm"): (
        SCHED,
        lambda s, d: s.feedback.export_skm(
            "xlsx", date(2026, 1, 1), date(2026, 1, 31), d / "skm.xlsx", "x", "id", "P"
        ),
    ),
    ("feedback", "skm_report"): (
        SCHED,
        lambda s, d: s.feedback.skm_report(date(2026, 1, 1), date(2026, 1, 31)),
    ),
}


def _report_pdf(services, folder: Path) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])  # a PDF is drawn by Qt
    report = services.reports.report(date(2026, 1, 1), date(2026, 1, 2))
    return services.exports.report_pdf(report, folder / "r.pdf", "id", "P", "x")


# The desk's own work, reading, and the steps of the PIN itself: open to every role.
OPEN = {
    PackService: {"active", "active_row", "digest", "reload", "versions", "what_changed"},
    PrivacyService: {"retention_days"},
    ExportService: set(),
    BackupService: {
        "backups",
        "due",
        "folder",
        "newest_good",
        "note_kept_as_is",
        "prune_old_suspects",
        "rotate",
    },  # fmt: skip
    AuditService: {"verify", "verify_file"},
    SettingsService: {"library_name", "first_run_due", "postpone_first_run"},
    CalendarService: {"calendar", "closed_days"},
    # A desk sends its own records to the server its supervisor bound it to; the server's
    # own work (init, purge, erase) runs with the server owner's database role, which the
    # server itself checks.
    SyncService: {
        "check",
        "configured",
        "conninfo",
        "desk",
        "erase_on_server",
        "init_server",
        "pending",
        "refusals",
        "refusals_seen",
        "sync_once",
    },  # fmt: skip
    ReportService: {
        "breakdowns",
        "charts",
        "comparison_header",
        "desks_and_staff",
        "filter_text",
        "key_figures",
        "known_values",
        "made_at_line",
        "option_table",
        "report",
        "satisfaction_header",
        "satisfaction_tables",
        "value_name",
        "warm_up_charts",
    },  # fmt: skip
    DocumentService: {"handover_pdf", "slip_html", "slip_pdf"},
    # A patron's rating and survey answers are taken at the desk; no one is named in them.
    FeedbackService: {
        "answer_survey",
        "rate",
        "ratings_on",
        "satisfaction",
        "survey",
        "survey_span",
    },  # fmt: skip
    DemoService: {"generate"},
    FollowUpService: {
        "change_status",
        "count",
        "default_due",
        "desks_and_staff",
        "flag_after",
        "get",
        "handover",
        "headline",
        "history",
        "is_flagged",
        "log_attempt",
        "may_reveal",
        "page",
        "record",
        "today",
    },  # fmt: skip
    DeskService: {
        "desks",
        "end_left_open",
        "end_shift",
        "finish",
        "keep_draft",
        "new_interaction",
        "open_shift",
        "reopen",
        "resume_shift",
        "shift_summary",
        "start_shift",
        "take_draft",
    },  # fmt: skip
    AuthService: {
        "act_unattended",
        "allowed",
        "first_pin_needed",
        "has_pin",
        "lock",
        "locked_for",
        "require",
        "reset_pin",
        "role",
        "set_pin",
        "touch",
        "unlock",
        "unlock_after_first_pin",
        "unlock_unprotected",
    },  # fmt: skip
}
ATTRIBUTE = {
    PackService: "packs",
    PrivacyService: "privacy",
    ExportService: "exports",
    BackupService: "backups",
    AuditService: "audit_log",
    FollowUpService: "followups",
    DeskService: "desk",
    AuthService: "auth",
    SettingsService: "settings",
    CalendarService: "calendar",
    SyncService: "sync",
    ReportService: "reports",
    DemoService: "demo",
    DocumentService: "documents",
    FeedbackService: "feedback",
}


def public(cls: type) -> set[str]:
    return {
        name
        for name, value in inspect.getmembers(cls)
        if not name.startswith("_") and (inspect.isfunction(value) or isinstance(value, property))
    }


@pytest.mark.parametrize("cls", list(OPEN), ids=lambda c: c.__name__)
def test_every_public_service_method_is_classified(cls: type) -> None:
    attribute = ATTRIBUTE[cls]
    protected = {method for (owner, method) in PROTECTED if owner == attribute}
    unclassified = public(cls) - protected - OPEN[cls]
    assert unclassified == set(), f"classify {cls.__name__}: {sorted(unclassified)}"


@pytest.fixture
def guarded(tmp_path: Path, clock):  # type: ignore[no-untyped-def]
    from desk_assistant.app import build_services

    services = build_services(tmp_path / "desk.db", clock)
    act_as(services)
    make_followup(services, "Laskar Pelangi", "Budi Santoso")  # at "Meja 1"
    services.auth.set_pin(Role.SUPERVISOR, "482915", "Kepala")  # not the first run
    (tmp_path / "mini.yaml").write_text(MINIMAL, encoding="utf-8")
    services.auth.lock()
    yield services
    services.close()


@pytest.mark.parametrize("key", list(PROTECTED), ids=lambda k: ".".join(k))
def test_every_protected_method_refuses_the_desk_role(guarded, tmp_path, key) -> None:  # type: ignore[no-untyped-def]
    needed, call = PROTECTED[key]
    before = [e.id for e in guarded._store.audit.entries()]
    files = sorted(p.name for p in tmp_path.rglob("*"))
    assert guarded.auth.role is Role.DESK
    with pytest.raises(RoleRequired):
        call(guarded, tmp_path)
    assert sorted(p.name for p in tmp_path.rglob("*")) == files  # no file written
    assert [e.id for e in guarded._store.audit.entries()] == before  # and nothing recorded
    if needed is S:  # a scheduled task may not do the supervisor's work either
        guarded.auth.act_unattended("cron")
        with pytest.raises(RoleRequired):
            call(guarded, tmp_path)
    if needed is SCHED:  # what a scheduled task may do, it does
        guarded.auth.act_unattended("cron")
        call(guarded, tmp_path)


def test_a_typed_desk_name_reveals_nothing(guarded) -> None:  # type: ignore[no-untyped-def]
    guarded.desk.start_shift("SW", "Meja 1")  # the same name as the follow-up's desk
    with pytest.raises(RoleRequired):
        guarded.followups.reveal(1, "SW")
    guarded.followups.this_desk = "Meja Referensi"  # this PC is another desk
    with pytest.raises(RoleRequired):
        guarded.followups.reveal(1, "SW")
    guarded.followups.this_desk = "Meja 1"  # the supervisor bound this PC to Meja 1
    assert guarded.followups.reveal(1, "SW").name == "Budi Santoso"


def test_a_shift_picks_its_desk_from_the_supervisors_list(guarded) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.errors import ValidationError

    guarded.desk.start_shift("SW", "Meja mana saja")  # no list yet: any name
    act_as(guarded)
    assert guarded.desk.set_desks(["Meja 1", " Meja  Referensi ", "", "Meja 1"], "Kepala") == [
        "Meja 1",
        "Meja Referensi",
    ]
    guarded.auth.lock()
    with pytest.raises(ValidationError) as info:
        guarded.desk.start_shift("SW", "Meja Palsu")
    assert info.value.field == "desk" and "daftar meja" in info.value.user_message("id")
    assert guarded.desk.start_shift("SW", "Meja Referensi").desk == "Meja Referensi"
    assert [e.action for e in guarded._store.audit.entries()][:1] == ["settings_change"]


def test_the_follow_up_service_hands_out_contacts_masked(guarded) -> None:  # type: ignore[no-untyped-def]
    """Reading a follow-up or a page of the queue gives nobody the raw contact, neither the
    desk nor the supervisor: only a reveal does, and it is recorded."""
    from desk_assistant.domain.queue import QueueFilter

    raw = ("Budi", "Santoso", "3456", "+62812")
    for role in ("desk", "supervisor"):
        if role == "supervisor":
            act_as(guarded)
        followup = guarded.followups.get(1)
        assert followup.contact is not None and followup.contact.masked
        shown = repr(followup.contact)
        (row,) = guarded.followups.page(QueueFilter(), 10)
        shown += repr(row)
        for part in raw:
            assert part not in shown, (role, part)
        assert "B*** S***" in shown and "0812-****-7890" in shown
    before = len(guarded._store.audit.entries())
    assert guarded.followups.reveal(1, "Kepala").name == "Budi Santoso"
    assert len(guarded._store.audit.entries()) == before + 1
