"""The command line and the library server: ``server init|check|join`` and ``sync``."""

from __future__ import annotations

import argparse
from typing import Any

from desk_assistant.cli import EXISTING_DB, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, _open, say
from desk_assistant.cli_auth import authorise
from desk_assistant.domain.followup import STATUS_LABELS
from desk_assistant.domain.roles import Role
from desk_assistant.i18n import labels


def add_server_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """``server init|purge|erase|check|join`` and ``sync``."""
    server_parser = commands.add_parser(
        "server",
        parents=[common],
        help="a library server (PostgreSQL) shared by several desks",
        description="A library with several desks shares one PostgreSQL server (14 or "
        "newer). CONNINFO is a libpq connection string or service, e.g. "
        "'host=perpus.local dbname=perpustakaan user=meja1 sslmode=verify-full' or "
        "'service=perpustakaan'; a password belongs in the user's pgpass file, never here.",
    )
    server_actions = server_parser.add_subparsers(dest="server_action", metavar="ACTION")
    init = server_actions.add_parser(
        "init",
        parents=[common],
        help="create or upgrade the central schema (run as the server's owner role)",
    )
    init.add_argument("conninfo", metavar="CONNINFO")
    init.add_argument(
        "--grant",
        action="append",
        default=[],
        metavar="ROLE",
        help="give a desk's database role what a desk needs (repeat for several)",
    )
    init.add_argument(
        "--grant-reports",
        action="append",
        default=[],
        metavar="ROLE",
        help="give a role for reports only (a supervisor's or head office's PC) what it "
        "needs, without patrons' contact details (repeat for several)",
    )
    purge = server_actions.add_parser(
        "purge",
        parents=[common],
        help="erase on the server the contact details of follow-ups closed more than DAYS "
        "ago (the retention; as the server's owner, for a scheduled task); every desk follows",
    )
    purge.add_argument("conninfo", metavar="CONNINFO")
    purge.add_argument("--days", type=int, required=True, metavar="DAYS")
    erase = server_actions.add_parser(
        "erase",
        parents=[common],
        help="erase on the server a patron's contact details, by reference code (a request); "
        "every desk follows, one offline now at its next sync",
    )
    erase.add_argument("conninfo", metavar="CONNINFO")
    erase.add_argument("codes", nargs="+", metavar="CODE")
    check = server_actions.add_parser(
        "check", parents=[common], help="can this desk reach the server and use it?"
    )
    check.add_argument(
        "conninfo", nargs="?", metavar="CONNINFO", help="default: the server this desk joined"
    )
    join = server_actions.add_parser(
        "join",
        parents=[common],
        help="bind this desk's database to the server (supervisor PIN); its history goes up once",
    )
    join.add_argument("conninfo", metavar="CONNINFO")
    join.add_argument("--desk", required=True, metavar="NAME", help="this desk's name")
    join.add_argument(
        "--library-statistics",
        action="store_true",
        help="this desk (the supervisor's PC) also keeps the other desks' statistics, so its "
        "reports and exports cover the whole library",
    )
    commands.add_parser(
        "sync",
        parents=[common],
        help="push what this desk has queued for the library server, and say what was sent",
        description="One push cycle, for scheduled tasks and support: every record queued "
        "is sent; one that had arrived before is not stored twice. " + EXISTING_DB,
    )


def server_command(args: argparse.Namespace, parser: argparse.ArgumentParser, lang: str) -> int:
    from desk_assistant.services.sync import SyncService

    if args.command == "server" and args.server_action is None:
        parser.parse_args(["server", "--help"])
        return EXIT_USAGE
    if args.command == "server" and args.server_action == "init":
        applied = SyncService.init_server(args.conninfo, args.grant, args.grant_reports)
        say(
            lang,
            "cli.server_initialised",
            versions=", ".join(str(v) for v in applied) or "—",
            grants=", ".join(args.grant) or "—",
            reports=", ".join(args.grant_reports) or "—",
        )
        return EXIT_OK
    if args.command == "server" and args.server_action in ("purge", "erase"):
        if args.server_action == "purge":
            from datetime import UTC, datetime, timedelta

            before = (datetime.now(UTC) - timedelta(days=max(0, args.days))).isoformat()
            erased = SyncService.erase_on_server(args.conninfo, "retention", closed_before=before)
        else:
            erased = SyncService.erase_on_server(args.conninfo, "request", codes=tuple(args.codes))
        say(lang, "cli.server_erased", count=len(erased), codes=", ".join(erased) or "—")
        return EXIT_OK
    services = _open(args, lang)
    try:
        sync = services.sync
        if args.command == "sync":
            authorise(services, args, lang, Role.SCHEDULED)
            result = sync.sync_once()
            say(lang, "cli.synced", sent=result.sent, new=result.new, pending=result.pending)
            statuses = labels(STATUS_LABELS, lang)
            for refused in result.refused:
                say(
                    lang,
                    "cli.sync_refused",
                    code=refused.code,
                    status=statuses.get(refused.status, refused.status).lower(),
                    desk=refused.desk,
                    by=refused.by,
                    time=refused.changed[11:16],
                )
            return EXIT_OK
        if args.server_action == "check":
            found = sync.check(args.conninfo)
            if not found.version:
                say(lang, "server.not_initialised")
                return EXIT_FAILURE
            missing = [name for name, ok in found.privileges.items() if not ok]
            if missing:
                say(lang, "cli.server_rights_missing", rights=", ".join(missing))
                return EXIT_FAILURE
            say(lang, "cli.server_usable", version=found.version, pending=sync.pending())
            say(lang, "cli.server_contacts" if found.contacts else "cli.server_no_contacts")
            return EXIT_OK
        who = authorise(services, args, lang, Role.SUPERVISOR)
        queued = sync.join(args.conninfo, args.desk, who, args.library_statistics)
        say(lang, "cli.server_joined", desk=" ".join(args.desk.split()), queued=queued)
        return EXIT_OK
    finally:
        services.close()
