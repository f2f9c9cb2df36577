"""Exports for supervisors: follow-ups and interaction statistics to CSV, XLSX, PDF.

The rules (roles, what is masked, the audit) are here; the files are drawn in ``exports/``.

Rows stream from indexed SQL (keyset pages), so memory stays flat. Every export is
recorded in the audit log: who, when, what, the filters and the number of rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.followup import mask_email, mask_name, mask_shown_phone
from desk_assistant.domain.queue import QueueFilter
from desk_assistant.domain.report import Report, ReportFilter
from desk_assistant.domain.roles import Role
from desk_assistant.errors import ExportError
from desk_assistant.exports.call_sheet import write_call_sheet
from desk_assistant.exports.report import write_report_pdf
from desk_assistant.exports.report_figures import summary_lines
from desk_assistant.exports.tabular import (
    Cancelled,
    Column,
    Progress,
    write_csv,
    write_xlsx,
)
from desk_assistant.exports.texts import (
    CHANNELS,
    HEADERS,
    LANGUAGES,
    NEEDS,
    OPTIONS,
    OUTCOMES,
    REASONS,
    SEGMENTS,
    STATUS,
    SUMMARY_SHEET,
    export_text,
    named,
    stop_if_cancelled,
    writing,
)
from desk_assistant.i18n import QT_TRANSLATE_NOOP, format_date, format_number, short_day_names
from desk_assistant.services.auth import AuthService, RoleRequired
from desk_assistant.services.reports import period_report
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.queue import FollowUpQueue
from desk_assistant.storage.reports import stats_pages

FORMATS = ("csv", "xlsx", "pdf")
# A call sheet is painted row by row: 5 000 rows take about 1 s and 65 MiB, 50 000 about
# 10 s and 92 MiB (benchmarks/bench_call_sheet.py). Beyond that it is no longer a sheet
# to call down; XLSX and CSV take any number of rows.
MAX_CALL_SHEET_ROWS = 50_000
_PAGE = 2000


def _named(labels: dict[str, str], codes: list[str] | tuple[str, ...]) -> str:
    return ", ".join(labels.get(code, code) for code in codes)


def followup_columns(lang: str) -> list[Column]:
    spec = [
        ("code", "text", 10),
        ("created", "datetime", 17),
        ("due", "date", 11),
        ("status", "text", 14),
        ("desk", "text", 18),
        ("staff", "text", 10),
        ("title", "text", 32),
        ("author", "text", 22),
        ("call_number", "text", 16),
        ("reason", "text", 14),
        ("options", "text", 28),
        ("consent", "text", 10),
        ("patron", "text", 22),
        ("phone", "text", 16),
        ("email", "text", 24),
        ("channel", "text", 12),
        ("attempts", "int", 8),
        ("failed", "int", 8),
        ("closed", "datetime", 17),
    ]
    return [Column(key, export_text(HEADERS[key], lang), kind, width) for key, kind, width in spec]


def stats_columns(lang: str) -> list[Column]:
    spec = [
        ("started", "datetime", 17),
        ("weekday", "text", 8),
        ("hour", "int", 6),
        ("duration", "float", 12),
        ("desk", "text", 18),
        ("staff", "text", 10),
        ("segment", "text", 12),
        ("need", "text", 14),
        ("outcome", "text", 18),
        ("unavailable", "int", 12),
        ("next_step", "int", 14),
        ("offered", "text", 30),
        ("chosen", "text", 30),
        ("language", "text", 8),
        ("pack", "text", 18),
    ]
    return [Column(key, export_text(HEADERS[key], lang), kind, width) for key, kind, width in spec]


def _chosen_contact(channel: str | None, phone: str | None, email: str | None, masked: bool) -> str:
    """The number or address to use: the e-mail address when e-mail was chosen, else the
    phone (its e-mail when the patron gave no phone)."""
    shown_phone = (mask_shown_phone(phone) if masked else phone) if phone else ""
    shown_email = (mask_email(email) if masked else email) if email else ""
    if channel == "email":
        return shown_email or shown_phone
    return shown_phone or shown_email


class ExportService:
    def __init__(
        self,
        db: sqlite_utils.Database,
        queue: FollowUpQueue,
        audit: AuditLog,
        clock: Clock,
        auth: AuthService | None = None,
    ) -> None:
        """``auth``: masked and statistics exports need a scheduled task's role or the
        supervisor's; contact details in full need the supervisor's."""
        self.auth = auth
        self.db = db
        self.queue = queue
        self.audit = audit
        self.clock = clock

    # --- rows ----------------------------------------------------------------------------

    def followup_rows(
        self,
        filt: QueueFilter,
        lang: str,
        masked: bool = False,
        flag_after: int = 3,
        as_text: bool = False,
    ) -> Iterator[dict[str, Any]]:
        """The follow-ups of ``filt`` as export rows (contact in full needs the supervisor)."""
        self._require(Role.SCHEDULED if masked else Role.SUPERVISOR)
        return self._followup_rows(filt, lang, masked, flag_after, as_text)

    def _followup_rows(
        self,
        filt: QueueFilter,
        lang: str,
        masked: bool = False,
        flag_after: int = 3,
        as_text: bool = False,
    ) -> Iterator[dict[str, Any]]:
        statuses, reasons = named(STATUS, lang), named(REASONS, lang)
        options_named, channels = named(OPTIONS, lang), named(CHANNELS, lang)
        yes = export_text(QT_TRANSLATE_NOOP("Exports", "yes"), lang)
        no = export_text(QT_TRANSLATE_NOOP("Exports", "no"), lang)
        today = self.clock().date()
        for rows in self.queue.export_pages(filt, today, flag_after, _PAGE):
            for row in rows:
                (
                    fid,
                    code,
                    created,
                    due,
                    status,
                    desk,
                    staff,
                    title,
                    author,
                    call,
                    reason,
                    options,
                    consent,
                    name,
                    phone,
                    email,
                    channel,
                    attempts,
                    failed,
                    closed,
                    e164,
                ) = row
                yield {
                    "code": code,
                    # Text for CSV (as the cell shows it), real dates for XLSX and PDF.
                    "created": created[:16].replace("T", " ")
                    if as_text
                    else datetime.fromisoformat(created),
                    "due": (due if as_text else date.fromisoformat(due)) if due else None,
                    "status": statuses.get(status, status),
                    "desk": desk,
                    "staff": staff,
                    "title": title,
                    "author": author,
                    "call_number": call,
                    "reason": reasons.get(reason, reason or ""),
                    "options": _named(options_named, json.loads(options)),
                    "consent": yes if consent else no,
                    "patron": (mask_name(name) if masked else name) if name else "",
                    "phone": (mask_shown_phone(phone) if masked else phone) if phone else "",
                    "email": (mask_email(email) if masked else email) if email else "",
                    "channel": channels.get(channel, channel or ""),
                    # The way the patron chose to be contacted, for the call sheet.
                    "contact": _chosen_contact(channel, phone, email, masked),
                    "attempts": attempts,
                    "failed": failed,
                    "closed": (
                        closed[:16].replace("T", " ") if as_text else datetime.fromisoformat(closed)
                    )
                    if closed
                    else None,
                }

    def stats_rows(
        self, since: date, until: date, lang: str, report_filter: ReportFilter | None = None
    ) -> Iterator[dict[str, Any]]:
        """The interactions of a period as export rows (no personal data)."""
        self._require(Role.SCHEDULED)
        return self._stats_rows(since, until, lang, report_filter)

    def _stats_rows(
        self,
        since: date,
        until: date,
        lang: str,
        report_filter: ReportFilter | None = None,
        as_text: bool = False,
    ) -> Iterator[dict[str, Any]]:
        """``as_text``: the start as the CSV cell shows it (no datetime made and written
        back for each of a million rows)."""
        segments, needs = named(SEGMENTS, lang), named(NEEDS, lang)
        outcomes, options_named = named(OUTCOMES, lang), named(OPTIONS, lang)
        languages = named(LANGUAGES, lang)
        day_names = short_day_names(lang)  # once: a million rows each need one
        weekdays: dict[str, str] = {}  # the day's name, by day (a day has hundreds of rows)
        for rows in stats_pages(self.db, since, until, _PAGE, report_filter):
            for (
                _iid,
                started,
                duration,
                desk,
                staff,
                segment,
                need,
                outcome,
                unavailable,
                next_step,
                language,
                pack,
                version,
                offered,
                options,
            ) in rows:
                day = started[:10]
                weekday = weekdays.get(day)
                if weekday is None:
                    weekday = weekdays[day] = day_names[date.fromisoformat(day).weekday()]
                yield {
                    "started": started[:16].replace("T", " ")
                    if as_text
                    else datetime.fromisoformat(started),
                    "weekday": weekday,
                    "hour": int(started[11:13]),
                    "duration": duration,
                    "desk": desk,
                    "staff": staff,
                    "segment": segments.get(segment, segment),
                    "need": needs.get(need, need or ""),
                    "outcome": outcomes.get(outcome, outcome),
                    "unavailable": unavailable,
                    "next_step": next_step,
                    "offered": _named(options_named, offered.split(", ")) if offered else "",
                    "chosen": _named(options_named, options.split(", ")) if options else "",
                    "language": languages.get(language, language),
                    "pack": f"{pack} v{version}",
                }

    # --- files ---------------------------------------------------------------------------

    def export_followups(
        self,
        fmt: str,
        filt: QueueFilter,
        path: Path,
        who: str,
        role: str,
        lang: str = "id",
        masked: bool = False,
        library: str = "",
        flag_after: int = 3,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        separator: str = ",",
    ) -> int:
        self._require(Role.SCHEDULED if masked else Role.SUPERVISOR)
        if fmt == "pdf":
            total = self.queue.count(filt, self.clock().date(), flag_after)
            if total > MAX_CALL_SHEET_ROWS:
                raise ExportError(
                    "export.sheet_too_long",
                    count=format_number(total, lang),
                    limit=format_number(MAX_CALL_SHEET_ROWS, lang),
                )
        rows = self._followup_rows(filt, lang, masked, flag_after, as_text=fmt == "csv")
        columns = followup_columns(lang)
        with writing(path):
            if fmt == "csv":
                count = write_csv(path, columns, rows, progress, cancelled, separator)
            elif fmt == "xlsx":
                count = write_xlsx(path, columns, rows, "Tindak lanjut", progress, cancelled)
            else:
                count = write_call_sheet(
                    path, rows, lang, library, self.clock(), filt, progress, cancelled
                )
        self._audit(who, role, "followups", fmt, filt, count, masked)
        return count

    def export_stats(
        self,
        fmt: str,
        since: date,
        until: date,
        path: Path,
        who: str,
        role: str,
        lang: str = "id",
        library: str = "",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        separator: str = ",",
        report_filter: ReportFilter | None = None,
    ) -> int:
        """The interactions of a period that ``report_filter`` keeps: every row (CSV, and
        the workbook after its summary sheet) or the printable report (PDF)."""
        self._require(Role.SCHEDULED)
        if since > until:
            raise ExportError(
                "export.period_reversed",
                since=format_date(since, lang, weekday=False),
                until=format_date(until, lang, weekday=False),
            )
        report_filter = report_filter or ReportFilter()
        columns = stats_columns(lang)
        rows = self._stats_rows(since, until, lang, report_filter, as_text=fmt == "csv")
        if fmt == "csv":
            with writing(path):
                count = write_csv(path, columns, rows, progress, cancelled, separator)
        elif fmt == "xlsx":
            report = period_report(self.db, self.clock, since, until, report_filter)
            summary = export_text(SUMMARY_SHEET, lang), summary_lines(report, lang, library)
            with writing(path):
                count = write_xlsx(path, columns, rows, "Statistik", progress, cancelled, summary)
        else:
            report = period_report(self.db, self.clock, since, until, report_filter)
            stop_if_cancelled(cancelled)
            write_report_pdf(report, path, lang, library)
            count = report.interactions
        self.audit.record(
            self.clock(),
            who,
            role,
            "export",
            {
                "what": "stats",
                "format": fmt,
                "since": since.isoformat(),
                "until": until.isoformat(),
                **dict(report_filter.items()),
                "rows": count,
            },
        )
        return count

    def report_pdf(
        self,
        report: Report,
        path: Path,
        lang: str,
        library: str,
        who: str,
        pngs: Mapping[str, bytes] | None = None,
        option_names: Mapping[str, str] | None = None,
    ) -> int:
        """The printable report as an A4 PDF (recorded); returns the page count."""
        self._require(Role.SCHEDULED)
        pages = write_report_pdf(report, path, lang, library, pngs, option_names)
        assert self.auth is not None
        self.audit.record(
            self.clock(),
            who,
            self.auth.role.value,
            "export",
            {
                "what": "report",
                "format": "pdf",
                "since": report.since.isoformat(),
                "until": report.until.isoformat(),
                **dict(report.filter.items()),
                "rows": report.interactions,
            },
        )
        return pages

    def _require(self, role: Role) -> None:
        if self.auth is None:
            raise RoleRequired(role)
        self.auth.require(role)

    def _audit(
        self, who: str, role: str, what: str, fmt: str, filt: QueueFilter, count: int, masked: bool
    ) -> None:
        filters = {
            k: (str(v) if not isinstance(v, str | bool | int) else v)
            for k, v in asdict(filt).items()
            if v not in ("", (), None, False)
        }
        if "search" in filters:
            # What was searched for may be a patron's name: the log keeps only that a
            # search narrowed the export (erasure could not reach it there).
            filters["search"] = True
        self.audit.record(
            self.clock(),
            who,
            role,
            "export",
            {"what": what, "format": fmt, "filters": filters, "rows": count, "masked": masked},
        )
