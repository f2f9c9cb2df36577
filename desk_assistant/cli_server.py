"""The command line and the library server: ``server init|check|join`` and ``sync``."""

from __future__ import annotations

import argparse

from desk_assistant.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, _open, say
from desk_assistant.cli_auth import authorise
from desk_assistant.domain.followup import STATUS_LABELS
from desk_assistant.domain.roles import Role
from desk_assistant.i18n import labels


def server_command(args: argparse.Namespace, parser: argparse.ArgumentParser, lang: str) -> int:
    from desk_assistant.services.sync import SyncService

    if args.command == "server" and args.server_action is None:
        parser.parse_args(["server", "--help"])
        return EXIT_USAGE
    if args.command == "server" and args.server_action == "init":
        applied = SyncService.init_server(args.conninfo, args.grant)
        say(
            lang,
            "cli.server_initialised",
            versions=", ".join(str(v) for v in applied) or "—",
            grants=", ".join(args.grant) or "—",
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
            return EXIT_OK
        who = authorise(services, args, lang, Role.SUPERVISOR)
        queued = sync.join(args.conninfo, args.desk, who, args.library_statistics)
        say(lang, "cli.server_joined", desk=" ".join(args.desk.split()), queued=queued)
        return EXIT_OK
    finally:
        services.close()
