"""Exports for supervisors: follow-ups and interaction statistics to CSV, XLSX, PDF.

Rows stream from indexed SQL (keyset pages), so memory stays flat. Every export is
recorded in the audit log: who, when, what, the filters and the number of rows.
"""

from __future__ import annotations

import contextlib
import html
import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from desk_assistant.domain.clock import Clock
from desk_assistant.domain.followup import mask_email, mask_name, mask_phone
from desk_assistant.domain.queue import QueueFilter
from desk_assistant.domain.report import Report
from desk_assistant.domain.roles import Role
from desk_assistant.errors import ExportError
from desk_assistant.exports.charts import ReportCharts
from desk_assistant.exports.tabular import (
    Cancelled,
    Column,
    ExportCancelled,
    Progress,
    tick,
    write_csv,
    write_xlsx,
)
from desk_assistant.files import work_folder
from desk_assistant.i18n import Lang, format_date, format_number, format_percent
from desk_assistant.services.auth import AuthService, RoleRequired
from desk_assistant.storage.audit import AuditLog
from desk_assistant.storage.queue import FollowUpQueue
from desk_assistant.storage.reports import build_report, stats_pages

FORMATS = ("csv", "xlsx", "pdf")
# A call sheet is for calling: 5 000 rows run to about 200 pages. Longer ones would take
# minutes and gigabytes in Qt's text layout; XLSX and CSV take any number of rows.
MAX_CALL_SHEET_ROWS = 5000
SHEET_TITLE = ("Daftar telepon tindak lanjut", "Follow-up call sheet")
_PAGE = 2000

# key -> (Indonesian, English)
HEADERS: dict[str, tuple[str, str]] = {
    "code": ("Kode", "Code"),
    "created": ("Dibuat", "Created"),
    "due": ("Tenggat", "Due"),
    "status": ("Status", "Status"),
    "desk": ("Meja", "Desk"),
    "staff": ("Petugas", "Staff"),
    "title": ("Judul", "Title"),
    "author": ("Pengarang", "Author"),
    "call_number": ("Nomor panggil / ISBN", "Call number / ISBN"),
    "reason": ("Alasan", "Reason"),
    "options": ("Opsi", "Options"),
    "consent": ("Persetujuan", "Consent"),
    "patron": ("Pemustaka", "Patron"),
    "phone": ("Telepon", "Phone"),
    "email": ("E-mail", "E-mail"),
    "channel": ("Dihubungi lewat", "Contact by"),
    "attempts": ("Upaya", "Attempts"),
    "failed": ("Gagal", "Failed"),
    "closed": ("Ditutup", "Closed"),
    "started": ("Mulai", "Started"),
    "weekday": ("Hari", "Weekday"),
    "hour": ("Jam", "Hour"),
    "duration": ("Durasi (detik)", "Duration (s)"),
    "segment": ("Segmen", "Segment"),
    "need": ("Kebutuhan", "Need"),
    "outcome": ("Hasil", "Outcome"),
    "unavailable": ("Tidak tersedia", "Unavailable"),
    "next_step": ("Punya langkah berikutnya", "Left with a next step"),
    "language": ("Bahasa", "Language"),
    "pack": ("Naskah", "Script"),
}
STATUS = {
    "open": ("Terbuka", "Open"),
    "in_progress": ("Diproses", "In progress"),
    "resolved": ("Selesai", "Resolved"),
    "cancelled": ("Dibatalkan", "Cancelled"),
    "unreachable": ("Tidak dapat dihubungi", "Unreachable"),
}
NEEDS = {
    "borrow": ("Meminjam", "Borrow"),
    "return": ("Mengembalikan", "Return"),
    "renew": ("Memperpanjang", "Renew"),
    "find": ("Mencari bahan pustaka", "Find material"),
    "information": ("Informasi / arah", "Information / directions"),
    "membership": ("Keanggotaan", "Membership"),
    "complaint": ("Keluhan", "Complaint"),
    "other": ("Lainnya", "Other"),
}
OUTCOMES = {
    "served": ("Terlayani", "Served"),
    "complaint_recorded": ("Keluhan dicatat", "Complaint recorded"),
    "referred": ("Dirujuk", "Referred"),
    "next_step_given": ("Langkah berikutnya diberikan", "Next step given"),
    "declined_options": ("Menolak semua pilihan", "Declined all options"),
    "abandoned": ("Dibatalkan", "Abandoned"),
}
OPTIONS = {
    "hold": ("Pesan / reservasi", "Place a hold"),
    "interlibrary_loan": ("Silang layan", "Interlibrary loan"),
    "purchase": ("Usulan pengadaan", "Purchase suggestion"),
    "alternative": ("Alternatif", "Alternative"),
    "refer": ("Rujuk", "Refer"),
    "call_back": ("Hubungi kembali", "Call back"),
}
REASONS = {
    "on_loan": ("Sedang dipinjam", "On loan"),
    "processing": ("Sedang diproses", "Being processed"),
    "not_owned": ("Tidak ada di koleksi", "Not in the collection"),
    "missing": ("Tidak ada di rak (hilang)", "Missing from the shelf"),
    "complaint": ("Keluhan / permintaan", "Complaint or request"),
}
CHANNELS = {
    "phone": ("Telepon", "Phone call"),
    "whatsapp": ("WhatsApp", "WhatsApp"),
    "sms": ("SMS", "SMS"),
    "email": ("E-mail", "E-mail"),
}
SEGMENTS = {
    "general": ("Umum", "General"),
    "student": ("Pelajar / mahasiswa", "Student"),
    "child": ("Anak / remaja", "Child / teen"),
    "researcher": ("Periset", "Researcher"),
    "elderly": ("Orang tua / lansia", "Elderly"),
    "disability": ("Penyandang disabilitas", "Person with a disability"),
}
LANGUAGES = {"id": ("Indonesia", "Indonesian"), "en": ("Inggris", "English")}
DAYS = {
    "id": ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}

REPORT_TITLE = ("Laporan layanan meja", "Desk service report")
CHART_TITLES = {
    "heatmap": ("Interaksi menurut hari dan jam", "Interactions by weekday and hour"),
    "needs": ("Menurut kebutuhan", "By need"),
    "outcomes": ("Menurut hasil", "By outcome"),
    "options": (
        "Bahan tidak tersedia: opsi ditawarkan dan dipilih",
        "Unavailable material: options offered and chosen",
    ),
}
CHART_LEGEND = (("ditawarkan", "offered"), ("dipilih", "chosen"))
CHART_EMPTY = ("Tidak ada data pada periode ini.", "Nothing recorded in this period.")


def _stop_if_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Say in the user's words why an export file could not be written."""
    try:
        yield
    except OSError as exc:
        raise ExportError.from_os_error(path, exc) from exc


def _t(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if Lang(lang) is Lang.ID else pair[1]


def _labels(names: dict[str, tuple[str, str]], lang: str) -> dict[str, str]:
    """Code -> label in the export's language (a code without a label stays itself)."""
    return {code: _t(pair, lang) for code, pair in names.items()}


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
    return [Column(key, _t(HEADERS[key], lang), kind, width) for key, kind, width in spec]


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
        ("options", "text", 30),
        ("language", "text", 8),
        ("pack", "text", 18),
    ]
    return [Column(key, _t(HEADERS[key], lang), kind, width) for key, kind, width in spec]


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
        statuses, reasons = _labels(STATUS, lang), _labels(REASONS, lang)
        options_named, channels = _labels(OPTIONS, lang), _labels(CHANNELS, lang)
        yes, no = _t(("ya", "yes"), lang), _t(("tidak", "no"), lang)
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
                    "phone": (mask_phone(e164) if masked else phone) if phone else "",
                    "email": (mask_email(email) if masked else email) if email else "",
                    "channel": channels.get(channel, channel or ""),
                    "attempts": attempts,
                    "failed": failed,
                    "closed": (
                        closed[:16].replace("T", " ") if as_text else datetime.fromisoformat(closed)
                    )
                    if closed
                    else None,
                }

    def stats_rows(self, since: date, until: date, lang: str) -> Iterator[dict[str, Any]]:
        """The interactions of a period as export rows (no personal data)."""
        self._require(Role.SCHEDULED)
        return self._stats_rows(since, until, lang)

    def _stats_rows(self, since: date, until: date, lang: str) -> Iterator[dict[str, Any]]:
        segments, needs = _labels(SEGMENTS, lang), _labels(NEEDS, lang)
        outcomes, options_named = _labels(OUTCOMES, lang), _labels(OPTIONS, lang)
        languages = _labels(LANGUAGES, lang)
        for rows in stats_pages(self.db, since, until, _PAGE):
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
                options,
            ) in rows:
                moment = datetime.fromisoformat(started)
                yield {
                    "started": moment,
                    "weekday": DAYS["id" if Lang(lang) is Lang.ID else "en"][moment.weekday()],
                    "hour": moment.hour,
                    "duration": duration,
                    "desk": desk,
                    "staff": staff,
                    "segment": segments.get(segment, segment),
                    "need": needs.get(need, need or ""),
                    "outcome": outcomes.get(outcome, outcome),
                    "unavailable": unavailable,
                    "next_step": next_step,
                    "options": _named(options_named, options.split(", ")) if options else "",
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
        with _writing(path):
            if fmt == "csv":
                count = write_csv(path, columns, rows, progress, cancelled, separator)
            elif fmt == "xlsx":
                count = write_xlsx(path, columns, rows, "Tindak lanjut", progress, cancelled)
            else:
                count = self._call_sheet(path, rows, lang, library, progress, cancelled)
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
    ) -> int:
        self._require(Role.SCHEDULED)
        if since > until:
            raise ExportError(
                "export.period_reversed",
                since=format_date(since, lang, weekday=False),
                until=format_date(until, lang, weekday=False),
            )
        columns = stats_columns(lang)
        rows = self._stats_rows(since, until, lang)
        if fmt == "csv":
            with _writing(path):
                count = write_csv(path, columns, rows, progress, cancelled, separator)
        elif fmt == "xlsx":
            with _writing(path):
                count = write_xlsx(path, columns, rows, "Statistik", progress, cancelled)
        else:
            report = build_report(self.db, since, until, self.clock().date())
            _stop_if_cancelled(cancelled)
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
    ) -> int:
        """The printable report as an A4 PDF (recorded); returns the page count."""
        self._require(Role.SCHEDULED)
        pages = write_report_pdf(report, path, lang, library, pngs)
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

    def _call_sheet(
        self,
        path: Path,
        rows: Iterator[dict[str, Any]],
        lang: str,
        library: str,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        from desk_assistant.exports.pdf import write_paged_pdf

        e = html.escape
        keys = ("code", "due", "status", "title", "patron", "phone", "channel", "attempts")
        head = "".join(f"<th align='left'>{e(_t(HEADERS[k], lang))}</th>" for k in keys)
        body: list[str] = []
        count = 0
        for row in rows:
            count += 1
            cells = []
            for key in keys:
                value = row.get(key)
                text = (
                    format_date(value, lang, weekday=False)
                    if isinstance(value, date)
                    else str(value if value is not None else "")
                )
                cells.append(f"<td>{e(text)}</td>")
            body.append("<tr>" + "".join(cells) + "<td>&nbsp;</td></tr>")
            tick(count, progress, cancelled)
        today = format_date(self.clock().date(), lang)
        document = (
            "<html><body style='font-family: sans-serif; font-size: 8.5pt'>"
            f"<p style='font-size: 13pt; font-weight: bold'>{e(library)}</p>"
            f"<p style='font-size: 11pt'>{e(_t(SHEET_TITLE, lang))}"
            f" — {e(today)} ({count})</p>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<thead><tr>{head}<th>{e(_t(('Catatan', 'Notes'), lang))}</th></tr></thead>"
            + "".join(body)
            + "</table></body></html>"
        )
        _stop_if_cancelled(cancelled)
        write_paged_pdf(document, path, "Desk Assistant", landscape=True, cancelled=cancelled)
        return count


def _counts_named(
    counter: Mapping[str, int], names: Mapping[str, tuple[str, str]], lang: str
) -> dict[str, int]:
    """Counts by code, keyed by the code's name in ``lang`` (unknown codes as they are)."""
    return {_t(names[k], lang) if k in names else k: v for k, v in counter.items()}


def report_charts(
    report: Report, lang: str, option_names: Mapping[str, str] | None = None, dpi: int = 100
) -> ReportCharts:
    """The report's charts in ``lang``; ``option_names`` (the pack's labels) name options;
    ``dpi`` 100 draws them 640 pixels wide."""
    options = sorted(set(report.options_offered) | set(report.options_chosen))
    names = {k: _t(pair, lang) for k, pair in OPTIONS.items()} | dict(option_names or {})
    return ReportCharts(
        lang=lang,
        titles={key: _t(pair, lang) for key, pair in CHART_TITLES.items()},
        day_names=DAYS["id" if Lang(lang) is Lang.ID else "en"],
        hours=sorted({hour for _, hour in report.by_hour_weekday}) or list(range(8, 17)),
        by_hour_weekday=dict(report.by_hour_weekday),
        needs=_counts_named(report.by_need, NEEDS, lang),
        outcomes=_counts_named(report.by_outcome, OUTCOMES, lang),
        options=[names.get(o, o)[:28] for o in options],
        offered=[report.options_offered.get(o, 0) for o in options],
        chosen=[report.options_chosen.get(o, 0) for o in options],
        legend=(_t(CHART_LEGEND[0], lang), _t(CHART_LEGEND[1], lang)),
        empty=_t(CHART_EMPTY, lang),
        dpi=dpi,
    )


def write_report_pdf(
    report: Report,
    path: Path,
    lang: str,
    library: str,
    pngs: Mapping[str, bytes] | None = None,
) -> int:
    """The printable report, charts and tables, as an A4 PDF; returns the page count.

    The charts are drawn here unless already drawn (``pngs``); their image files live in a
    temporary folder only while the PDF is written.
    """
    from desk_assistant.exports.pdf import write_paged_pdf

    drawn = pngs or report_charts(report, lang).draw()
    with _writing(path), work_folder() as folder:
        files = {}
        for key, png in drawn.items():
            files[key] = str(folder / f"{key}.png")
            Path(files[key]).write_bytes(png)
        document = report_html(report, lang, library, files)
        return write_paged_pdf(document, path, title=_t(REPORT_TITLE, lang))


def report_html(
    report: Report, lang: str, library: str, charts: dict[str, str] | None = None
) -> str:
    """The statistics report as HTML (tables, and chart images when given as file paths)."""
    e = html.escape

    def t(pair: tuple[str, str]) -> str:
        return _t(pair, lang)

    def number(value: float | None, decimals: int = 0) -> str:
        return "—" if value is None else format_number(value, lang, decimals)

    parts = [
        "<html><body style='font-family: sans-serif; font-size: 9pt'>",
        f"<p style='font-size: 14pt; font-weight: bold'>{e(library)}</p>",
        f"<p style='font-size: 12pt'>{e(t(REPORT_TITLE))}: "
        f"{e(format_date(report.since, lang, weekday=False))} – "
        f"{e(format_date(report.until, lang, weekday=False))}</p>",
    ]
    summary = [
        (t(("Interaksi", "Interactions")), number(report.interactions)),
        (
            t(("Durasi median", "Median duration")),
            "—" if report.median_duration_s is None else f"{number(report.median_duration_s)} s",
        ),
        (t(("Bahan tidak tersedia", "Unavailable material")), number(report.unavailable)),
        (
            t(("Pulang dengan langkah berikutnya", "Left with a next step")),
            format_percent(report.next_step_share, lang),
        ),
        (t(("Tindak lanjut dibuat", "Follow-ups created")), number(report.followups_created)),
        (t(("Tindak lanjut aktif", "Follow-ups active")), number(report.followups_open)),
        (t(("Terlambat", "Overdue")), number(report.followups_overdue)),
        (
            t(("Median ke upaya pertama (jam)", "Median to first attempt (h)")),
            number(report.median_hours_to_first_attempt, 1),
        ),
        (
            t(("Median sampai selesai (jam)", "Median to resolve (h)")),
            number(report.median_hours_to_resolve, 1),
        ),
        (
            t(("Selesai sesuai janji", "Resolved by the promised date")),
            format_percent(report.on_time_share, lang),
        ),
    ]
    parts.append("<table cellpadding='3'>")
    parts.extend(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in summary)
    parts.append("</table>")
    parts.extend(f"<p><img src='{e(path)}' width='640'/></p>" for path in (charts or {}).values())

    def table(title: str, counter: dict[str, int]) -> None:
        parts.append(f"<p style='font-size: 11pt; font-weight: bold'>{e(title)}</p>")
        parts.append("<table border='1' cellspacing='0' cellpadding='3'>")
        for name, count in sorted(counter.items(), key=lambda item: -item[1]):
            parts.append(f"<tr><td>{e(name)}</td><td align='right'>{number(count)}</td></tr>")
        parts.append("</table>")

    table(t(CHART_TITLES["needs"]), _counts_named(report.by_need, NEEDS, lang))
    table(t(CHART_TITLES["outcomes"]), _counts_named(report.by_outcome, OUTCOMES, lang))
    table(
        t(("Opsi dipilih", "Options chosen")), _counts_named(report.options_chosen, OPTIONS, lang)
    )
    parts.append("</body></html>")
    return "".join(parts)
