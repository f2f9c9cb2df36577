"""The command line's exports (``desk-assistant export …``): the follow-up list and the
statistics, as CSV, XLSX or PDF; their filters and periods follow one set of rules."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from desk_assistant.cli import (
    EXISTING_DB,
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    _day,
    _open,
    _pdf_application,
    say,
)
from desk_assistant.cli_auth import authorise
from desk_assistant.domain.roles import Role
from desk_assistant.i18n import format_date, translate


def add_export_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """``export followups|stats|skm``: their filters and periods, one set of rules."""
    export = commands.add_parser(
        "export",
        parents=[common],
        help="export follow-ups or interaction statistics (CSV, XLSX, PDF)",
        description="Export for supervisors and scheduled tasks. Every export is recorded "
        "in the audit log. " + EXISTING_DB,
    )
    export_kinds = export.add_subparsers(dest="export_kind", metavar="WHAT")
    for kind, text in (
        (
            "followups",
            "follow-ups, with the queue's filters (contact details masked unless --unmasked, "
            "which needs the supervisor PIN)",
        ),
        (
            "stats",
            "interaction statistics for a date range (default: this month up to today; "
            "PDF: the printable report with its charts and tables)",
        ),
    ):
        sub = export_kinds.add_parser(
            kind,
            parents=[common],
            help=text,
            description=f"{text}. {EXISTING_DB} An output that cannot be written (no such "
            "folder, no permission, a full disk) is reported and leaves no file.",
        )
        sub.add_argument("--format", choices=("csv", "xlsx", "pdf"), required=True)
        what = "follow-ups created" if kind == "followups" else "interactions started"
        sub.add_argument(
            "--since",
            type=_day,
            metavar="YYYY-MM-DD",
            help=f"only {what} on or after this day (it must not come after --until)",
        )
        sub.add_argument(
            "--until",
            type=_day,
            metavar="YYYY-MM-DD",
            help=f"only {what} on or before this day (included)",
        )
        sub.add_argument("--output", required=True, metavar="PATH")
        sub.add_argument(
            "--desk", default="", help="only this desk (any case; unknown ones are listed)"
        )
        sub.add_argument(
            "--staff", default="", help="only this staff member (any case; unknown ones listed)"
        )
        sub.add_argument(
            "--csv-separator",
            choices=("comma", "semicolon"),
            default="comma",
            help="CSV only: semicolon for Excel on a PC with Indonesian regional settings, "
            "which would otherwise show each row in one column (default: comma)",
        )
        if kind == "followups":
            sub.add_argument(
                "--status",
                action="append",
                choices=("open", "in_progress", "resolved", "cancelled", "unreachable", "all"),
                help="repeat for several (default: the active ones: open, in_progress)",
            )
            sub.add_argument("--overdue", action="store_true", help="only overdue follow-ups")
            sub.add_argument(
                "--unmasked",
                action="store_true",
                help="names and numbers in full (needs the supervisor PIN; masked otherwise)",
            )
            sub.add_argument("--masked", action="store_true", help="(the default)")
        else:
            from desk_assistant.domain.vocabulary import Need, Segment

            sub.add_argument(
                "--segment", choices=[s.value for s in Segment], help="only this segment"
            )
            sub.add_argument(
                "--language", choices=("id", "en"), help="only interactions in this language"
            )
            sub.add_argument("--need", choices=[n.value for n in Need], help="only this need")

    skm = export_kinds.add_parser(
        "skm",
        parents=[common],
        help="the Community Satisfaction Survey (SKM) report, as PermenPANRB 14/2017 "
        "prescribes (default period: the latest survey)",
        description="The SKM report: respondents against the sample needed, each element's "
        "average, the index (25-100) and its quality category, the weakest elements, the "
        f"suggestions and a follow-up plan to fill in. {EXISTING_DB}",
    )
    skm.add_argument("--format", choices=("pdf", "xlsx"), required=True)
    skm.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="answers from this day")
    skm.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="answers up to this day")
    skm.add_argument("--output", required=True, metavar="PATH")


def _known(value: str, known: list[str], what: str, lang: str, kind: str) -> str | None:
    """``value`` as the follow-ups spell it (case and spaces aside): "" for no filter;
    None, having said which are known, when none matches."""
    wanted = " ".join(value.split()).casefold()
    if not wanted:
        return ""
    for candidate in known:
        if " ".join(candidate.split()).casefold() == wanted:
            return candidate
    noun = translate("cli.the_desk" if what == "desk" else "cli.the_staff", lang)
    say(
        lang,
        "cli.no_such_value" if kind == "followups" else "cli.no_such_value_stats",
        stream=sys.stderr,
        what=noun,
        value=value,
        known=", ".join(known) or "—",
    )
    return None


def export_command(args: argparse.Namespace, parser: argparse.ArgumentParser, lang: str) -> int:
    """``desk-assistant export followups|stats``: a file from a scheduled task or a person."""
    if args.export_kind is None:
        parser.parse_args(["export", "--help"])
        return EXIT_USAGE
    from desk_assistant.domain.followup import Status
    from desk_assistant.domain.queue import QueueFilter, When
    from desk_assistant.domain.report import ReportFilter

    if args.format == "pdf" and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a PDF needs no display
    services = _open(args, lang)
    try:
        library = services.settings.library_name(translate("library.default", lang))
        # One rule for every export: the first day comes first.
        if args.since and args.until and args.since > args.until:
            say(lang, "cli.period_reversed", stream=sys.stderr, since=args.since, until=args.until)
            return EXIT_USAGE
        output = Path(args.output)
        separator = ";" if getattr(args, "csv_separator", "") == "semicolon" else ","
        if args.format == "pdf":
            _pdf_application()
        if args.export_kind == "skm":
            who = authorise(services, args, lang, Role.SCHEDULED)
            since, until = services.feedback.survey_span(args.since, args.until)
            count = services.feedback.export_skm(
                args.format, since, until, output, who, lang, library
            )
            # The respondents, and the days the report covers (the survey period's when
            # none were given): the supervisor sees at once what was counted.
            say(
                lang,
                "cli.exported_skm",
                output=output,
                count=count,
                since=format_date(since, lang, weekday=False),
                until=format_date(until, lang, weekday=False),
            )
            return EXIT_OK
        elif args.export_kind == "followups":
            chosen = args.status or []
            statuses = tuple(Status) if "all" in chosen else tuple(Status(s) for s in chosen)
            desks, staff = services.followups.desks_and_staff()
            desk = _known(args.desk, desks, "desk", lang, args.export_kind)
            person = _known(args.staff, staff, "staff", lang, args.export_kind)
            if desk is None or person is None:
                return EXIT_FAILURE
            filt = QueueFilter(
                when=When.OVERDUE if args.overdue else When.ALL,
                statuses=statuses,
                desk=desk,
                staff=person,
                created_since=args.since,
                created_until=args.until,
            )
            # Masked unless asked otherwise, as in the window; in full, the supervisor's.
            role = Role.SUPERVISOR if args.unmasked else Role.SCHEDULED
            who = authorise(services, args, lang, role)
            count = services.exports.export_followups(
                args.format,
                filt,
                output,
                who,
                services.auth.role.value,
                lang,
                not args.unmasked,
                library,
                services.followups.flag_after,
                separator=separator,
            )
        else:
            today = services.clock().date()
            until = args.until or today
            since = args.since or until.replace(day=1)
            desks, staff = services.reports.desks_and_staff()
            desk = _known(args.desk, desks, "desk", lang, args.export_kind)
            person = _known(args.staff, staff, "staff", lang, args.export_kind)
            if desk is None or person is None:
                return EXIT_FAILURE
            report_filter = ReportFilter(
                desk=desk or None,
                staff=person or None,
                segment=args.segment,
                language=args.language,
                need=args.need,
            )
            who = authorise(services, args, lang, Role.SCHEDULED)
            count = services.exports.export_stats(
                args.format,
                since,
                until,
                output,
                who,
                services.auth.role.value,
                lang,
                library,
                separator=separator,
                report_filter=report_filter,
            )
    finally:
        services.close()
    say(lang, "cli.exported", output=output, count=count)
    return EXIT_OK
