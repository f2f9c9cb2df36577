"""The command line's exports (``desk-assistant export …``): the follow-up list and the
statistics, as CSV, XLSX or PDF; their filters and periods follow one set of rules."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desk_assistant.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, _open, _pdf_application, say
from desk_assistant.cli_auth import authorise
from desk_assistant.domain.roles import Role
from desk_assistant.i18n import translate


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
        separator = ";" if args.csv_separator == "semicolon" else ","
        if args.format == "pdf":
            _pdf_application()
        if args.export_kind == "followups":
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
