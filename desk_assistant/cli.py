"""Command line: the application by default, sub-commands for administrative work."""

from __future__ import annotations

import argparse
import logging
import math
import os
import sqlite3
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desk_assistant import __version__
from desk_assistant.cli_auth import authorise, who_is_it
from desk_assistant.domain.roles import Role
from desk_assistant.errors import DeskAssistantError
from desk_assistant.i18n import Lang, translate

if TYPE_CHECKING:
    from desk_assistant.app import Services
    from desk_assistant.domain.script_pack import PackError

log = logging.getLogger("desk_assistant.cli")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_NO_DISPLAY = 3

from desk_assistant.ui import SCREENSHOT_VIEWS  # noqa: E402 (no Qt: the package's names)


def _common() -> argparse.ArgumentParser:
    """Options every command takes, before or after the sub-command's name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="database file (default: $DESK_ASSISTANT_DB, else the application data folder)",
    )
    common.add_argument(
        "--pin-file",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="for scheduled tasks: read the PIN from this file, which only its owner may "
        "read (otherwise the PIN is asked without echo)",
    )
    common.add_argument(
        "--lang",
        choices=[lang.value for lang in Lang],
        default=argparse.SUPPRESS,
        help="language of the interface and messages: id (Bahasa Indonesia) or en",
    )
    return common


def _argv_lang() -> str:
    """The language asked for on the command line (``--lang``), read before argparse is
    done, so that its own errors (a bad date) are said in that language too."""
    argv = sys.argv[1:]
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("DESK_ASSISTANT_LANG") or "id"


def _day(text: str) -> date:
    """A date for a command: ISO form, within years a library can mean."""
    try:
        value = date.fromisoformat(text)
    except ValueError:
        value = None
    if value is None or not 1970 <= value.year <= 2999:
        lang = _argv_lang()
        raise argparse.ArgumentTypeError(
            translate("cli.bad_date", lang if lang in ("id", "en") else "id", value=text)
        )
    return value


_day.__name__ = "date (YYYY-MM-DD, 1970-2999)"


def _scale(text: str) -> float:
    """A text size factor: a finite number from 0.5 to 4."""
    value = float(text)
    if not math.isfinite(value) or not 0.5 <= value <= 4:
        raise ValueError(text)
    return value


_scale.__name__ = "factor (0.5-4)"


EXISTING_DB = "The database must exist: a mistyped --db is refused rather than made anew and empty."


def say(lang: str, key: str, /, stream: TextIO | None = None, **values: object) -> None:
    """Print a catalog message in the chosen language (standard output unless ``stream``)."""
    print(translate(key, lang, **values), file=stream or sys.stdout)


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="desk-assistant",
        description="Desk Assistant: excellent service (layanan prima) at the library desk. "
        "Without a command, starts the application.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"desk-assistant {__version__}")
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help="render the main window at 1366x768 to a PNG file and exit (no dialogs)",
    )
    parser.add_argument(
        "--view",
        choices=SCREENSHOT_VIEWS,
        default="desk",
        help="the view to show with --screenshot (patron: the patron screen)",
    )
    parser.add_argument(
        "--font-scale",
        type=_scale,
        metavar="FACTOR",
        help="text size factor for this run, e.g. 2 for 200%% (default: the saved preference)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    scripts = commands.add_parser(
        "scripts", parents=[common], help="validate script pack files", description="Script packs."
    )
    scripts_commands = scripts.add_subparsers(dest="scripts_command", metavar="ACTION")
    validate = scripts_commands.add_parser(
        "validate",
        parents=[common],
        help="check a pack file; exit 0 when valid, else print each problem and exit 1",
        description="Check a script pack file. Exit 0 when it is valid; otherwise print "
        "each problem on its own line (with its line and step) and exit 1.",
    )
    validate.add_argument("file", metavar="FILE")
    validate.add_argument(
        "--strict",
        action="store_true",
        help="warnings fail too (a text cut by '#', too long for the desk, an unused phase, "
        "a character the desk's font may not show)",
    )
    importer = scripts_commands.add_parser(
        "import",
        parents=[common],
        help="validate a pack file and store it as a version (not yet active)",
        description="Validate a script pack file and store it as a version in the database. "
        "It does not become active until it is published (Scripts tab). Each problem is "
        "printed on its own line and the exit status is 1 if the file is refused.",
    )
    importer.add_argument("file", metavar="FILE")
    exporter = scripts_commands.add_parser(
        "export",
        parents=[common],
        help="write the active pack (or --pack ID's newest version) to a file",
        description="Write a stored script pack, exactly as it was loaded, to a file to share.",
    )
    exporter.add_argument("--pack", metavar="ID", help="the pack id (default: the active pack)")
    exporter.add_argument(
        "--version",
        type=int,
        metavar="N",
        dest="pack_version",
        help="a stored version of the pack (default: the active one, or the pack's newest)",
    )
    exporter.add_argument("--output", required=True, metavar="FILE")

    commands.add_parser(
        "kiosk",
        parents=[common],
        help="the SKM survey kiosk alone, full screen, for a PC patrons use by themselves "
        "(the supervisor's PIN closes it)",
    )
    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="fill a database with realistic, clearly fictional demo data",
        description="Fill a database with a busy desk's history: opening hours and weekly "
        "rhythm, the mix of needs, unavailable cases with options, follow-ups in every status "
        "with contact attempts. Names are Indonesian, phone numbers are in the fictional "
        "0812-0000-xxxx block, and the database is marked as demo data. Deterministic for a "
        "seed and a day. Refuses a database that holds real records.",
    )
    demo.add_argument("--interactions", type=int, default=10_000, metavar="N")
    demo.add_argument("--followups", type=int, default=1_000, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--today", type=_day, metavar="YYYY-MM-DD", help="last day of the history")

    purge = commands.add_parser(
        "purge",
        parents=[common],
        help="erase contact details whose retention has ended (for a scheduled task)",
        description="Erase the contact details of follow-ups closed longer ago than the "
        "retention period (a setting, default 30 days), and say how many were cleared. "
        + EXISTING_DB,
    )
    purge.set_defaults(quiet=False)
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="back up the database (checked; a damaged database is refused)",
        description="Back up the database with SQLite's backup API. The copy is checked "
        "before it counts; backing up a damaged database fails with a clear message and "
        "keeps the older backups. Without --output the backup goes to the backup folder, "
        "rotated (7 daily, 4 weekly; only this database's backups). A database that holds "
        "fewer interactions than its last good backup gets a backup marked suspect, which "
        "removes no older backup, and the exit status is 1. " + EXISTING_DB,
    )
    backup.add_argument("--output", metavar="PATH", help="write the backup to this file")
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="restore the database from a backup file (checked first)",
        description="Check the backup, keep the current database aside "
        "(<db>.before-restore-<time>), and put the backup in its place, in one step. "
        "Refused while another Desk Assistant has the database open, and for a backup of "
        "another database. Erasures made after the backup was taken are applied again, "
        "and so is the retention period.",
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--other-database",
        action="store_true",
        help="restore even though the backup belongs to another database (or does not say)",
    )

    audit = commands.add_parser(
        "audit",
        parents=[common],
        help="check the audit log's chain (exit 0 when intact, 1 naming the first broken row)",
        description="Check that no entry of the audit log was edited, deleted, replaced or "
        "inserted outside the application. " + EXISTING_DB,
    )
    audit_actions = audit.add_subparsers(dest="audit_action", metavar="ACTION")
    audit_actions.add_parser("verify", parents=[common], help="check the chain")

    from desk_assistant.cli_server import add_server_commands

    add_server_commands(commands, common)

    from desk_assistant.cli_export import add_export_commands

    add_export_commands(commands, common)
    return parser


def _lang(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", None) or os.environ.get("DESK_ASSISTANT_LANG") or "id")


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = _lang(args)
    try:
        if args.command == "scripts":
            return _scripts(args, parser, lang)
        if args.command == "demo":
            return _demo(args, lang)
        if args.command in ("purge", "backup", "restore"):
            return _admin(args, lang)
        if args.command == "export":
            from desk_assistant.cli_export import export_command

            return export_command(args, parser, lang)
        if args.command == "audit":
            return _audit(args, parser, lang)
        if args.command in ("server", "sync"):
            from desk_assistant.cli_server import server_command

            return server_command(args, parser, lang)
        return _gui(args, lang)
    except DeskAssistantError as exc:
        print(exc.user_message(lang), file=sys.stderr)
        hint = _restore_hint(exc, args, lang)
        if hint:
            print(hint, file=sys.stderr)
        return EXIT_FAILURE
    except sqlite3.Error as exc:
        # One handler for what SQLite says: the message in plain words, the detail logged.
        from desk_assistant.app import sqlite_problem

        log.error("SQLite error in %s: %r", args.command or "application", exc)
        print(sqlite_problem(exc, _db_path_or_none(args)).user_message(lang), file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        from desk_assistant.errors import FileWriteError

        log.error("OS error in %s: %r", args.command or "application", exc)
        path = exc.filename or getattr(args, "output", "") or ""
        print(FileWriteError.from_os_error(path, exc).user_message(lang), file=sys.stderr)
        return EXIT_FAILURE


def _restore_hint(exc: DeskAssistantError, args: argparse.Namespace, lang: str) -> str:
    """After damage or a lost database: which backup to restore, and how."""
    from desk_assistant.errors import CustodyError, DatabaseDamagedError

    if isinstance(exc, CustodyError):
        backup = exc.backup
    elif isinstance(exc, DatabaseDamagedError) and args.command != "restore":
        from desk_assistant.services.backup import newest_good_backup

        path = _db_path_or_none(args)
        backup = newest_good_backup(path) if path is not None else None
    else:
        return ""
    if backup is None:
        return translate("db.no_backup_hint", lang)
    return translate("db.restore_hint", lang, backup=backup)


def _db_path_or_none(args: argparse.Namespace) -> Path | None:
    try:
        return _db_path(args)
    except Exception:  # noqa: BLE001 - only a hint: never fail while reporting a failure
        return None


def _open(args: argparse.Namespace, lang: str, existing: bool = True, **options: Any) -> Services:
    """Open the database for a command, after the same check as at start (damage, a
    missing or replaced database, an interrupted restore); notices go to stderr."""
    from desk_assistant.app import open_services

    path = _existing_db_path(args) if existing else _db_path(args)
    services, notices = open_services(path, **options)
    for notice in [*_location_notices(), *notices]:
        print(notice.render(lang), file=sys.stderr)
    return services


def _db_path(args: argparse.Namespace) -> Path:
    """``--db``, else ``DESK_ASSISTANT_DB``, else the platform's application data folder.

    Qt (which knows that folder) is imported only in the last case: once loaded, its
    import hook slows every later import, which long exports feel.
    """
    value = getattr(args, "db", None) or os.environ.get("DESK_ASSISTANT_DB")
    if value:
        return Path(value).expanduser()
    from desk_assistant.ui.paths import resolve_db_path

    return resolve_db_path(None)


def _location_notices() -> list[Any]:
    """What finding this PC's database did (an older version's moved here), once."""
    if "desk_assistant.ui.paths" not in sys.modules:  # --db or the variable: nothing done
        return []
    from desk_assistant.ui.paths import location_notices

    return location_notices()


def _existing_db_path(args: argparse.Namespace) -> Path:
    """The database a scheduled command works on: it must be there already.

    A typing mistake in ``--db`` would otherwise make a new, empty database and a
    scheduled export would quietly write empty files every night.
    """
    from desk_assistant.errors import StorageError

    path = _db_path(args)
    if not path.is_file():
        raise StorageError("db.not_found", path=path)
    return path


def _gui(args: argparse.Namespace, lang: str) -> int:
    """The application, or with ``kiosk`` the survey kiosk alone: the same start (the
    database made, checked, recovered if need be) for both."""
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not _has_display():
        say(lang, "cli.no_display", stream=sys.stderr)
        return EXIT_NO_DISPLAY
    from desk_assistant.app import open_services, setup_logging, upgrade_pending
    from desk_assistant.errors import CustodyError, DatabaseDamagedError
    from desk_assistant.ui.application import make_app, run_gui

    db_path = _db_path(args)
    setup_logging(db_path.parent)
    make_app()
    ui_lang = getattr(args, "lang", None) or lang
    notice = None
    if not args.screenshot and upgrade_pending(db_path):
        from desk_assistant.ui.application import show_upgrade_notice

        notice = show_upgrade_notice(lang)
    notices: list[Any] = []
    try:
        try:
            services, notices = open_services(db_path)
        except (DatabaseDamagedError, CustodyError) as exc:
            if args.screenshot:
                raise
            from desk_assistant.ui.recovery import recover

            if notice is not None:
                notice.close()
            recovered = recover(db_path, exc, ui_lang)
            if recovered is None:
                return EXIT_FAILURE
            services, notices = recovered
        notices = [*_location_notices(), *notices]
    except DeskAssistantError as exc:
        from PySide6.QtWidgets import QMessageBox

        if not args.screenshot:
            QMessageBox.critical(None, "Desk Assistant", exc.user_message(lang))
        raise
    finally:
        if notice is not None:
            notice.close()
    try:
        if notices and not args.screenshot:
            from PySide6.QtWidgets import QMessageBox

            text = "\n\n".join(n.render(ui_lang) for n in notices)
            QMessageBox.information(None, "Desk Assistant", text)
        if args.command == "kiosk":
            from desk_assistant.ui.kiosk_app import run_kiosk

            return run_kiosk(services, ui_lang)
        return run_gui(
            services,
            getattr(args, "lang", None),
            Path(args.screenshot) if args.screenshot else None,
            args.view,
            args.font_scale,
        )
    finally:
        services.close()


def _pack_problems(file: str, exc: PackError, lang: str) -> int:
    """Every problem of a refused pack on its own line; the failure exit status."""
    for line in exc.details(lang):
        print(f"{file}: {line}", file=sys.stderr)
    return EXIT_FAILURE


def _scripts(args: argparse.Namespace, parser: argparse.ArgumentParser, lang: str) -> int:
    from desk_assistant.domain.script_pack import PackError
    from desk_assistant.domain.script_pack.advice import pack_warnings
    from desk_assistant.services.packs import read_pack_file

    if args.scripts_command == "validate":
        try:
            pack = read_pack_file(args.file)
        except PackError as exc:
            return _pack_problems(args.file, exc, lang)
        warnings = pack_warnings(pack.source)
        for warning in warnings:
            text = translate("pack.warning", lang, text=warning.render(lang))
            print(f"{args.file}: {text}", file=sys.stderr)
        if warnings and args.strict:
            return EXIT_FAILURE
        say(
            lang,
            "cli.validated",
            file=args.file,
            pack=pack.id,
            version=pack.version,
            steps=len(pack.steps),
        )
        return EXIT_OK
    if args.scripts_command in ("import", "export"):
        services = _open(args, lang, existing=False)
        try:
            role = Role.TRAINER if services.auth.has_pin(Role.TRAINER) else Role.SUPERVISOR
            who = authorise(services, args, lang, role)
            if args.scripts_command == "import":
                try:
                    stored = services.packs.import_file(args.file, who)
                except PackError as exc:
                    return _pack_problems(args.file, exc, lang)
                say(
                    lang,
                    "cli.imported",
                    file=args.file,
                    pack=stored.pack_id,
                    version=stored.version,
                )
                return EXIT_OK
            row_id = None
            if args.pack or args.pack_version is not None:
                active = services.packs.active_row()
                pack_id = args.pack or (active.pack_id if active else "")
                matching = [
                    v
                    for v in services.packs.versions()
                    if v.pack_id == pack_id
                    and (args.pack_version is None or v.version == args.pack_version)
                ]
                if not matching:
                    say(
                        lang,
                        "cli.no_pack",
                        stream=sys.stderr,
                        pack=pack_id
                        + ("" if args.pack_version is None else f" v{args.pack_version}"),
                    )
                    return EXIT_FAILURE
                row_id = max(matching, key=lambda v: (v.version, v.row_id)).row_id
            try:
                stored = services.packs.export(Path(args.output), row_id)
            except DeskAssistantError as exc:
                print(exc.user_message(lang), file=sys.stderr)
                return EXIT_FAILURE
            print(f"{args.output}: {stored.pack_id} v{stored.version}")
            return EXIT_OK
        finally:
            services.close()
    parser.parse_args(["scripts", "--help"])
    return EXIT_USAGE


def _demo(args: argparse.Namespace, lang: str) -> int:
    import time

    if args.interactions < 0 or args.followups < 0:
        say(lang, "cli.negative", stream=sys.stderr)
        return EXIT_USAGE
    services = _open(args, lang, existing=False)
    path = _db_path(args)
    try:
        started = time.perf_counter()
        summary = services.demo.generate(args.interactions, args.followups, args.seed, args.today)
        seconds = time.perf_counter() - started
    finally:
        services.close()
    say(
        lang,
        "cli.demo_done",
        path=path,
        interactions=summary.interactions,
        days=summary.days,
        followups=summary.followups,
        seconds=f"{seconds:.1f}",
    )
    return EXIT_OK


def _admin(args: argparse.Namespace, lang: str) -> int:
    if args.command == "restore":
        return _restore(args, lang)
    if args.command == "backup":
        return _backup(args, lang)
    path = _existing_db_path(args)
    services = _open(args, lang, full_check=True)
    try:
        who = authorise(services, args, lang, Role.SCHEDULED)
        cleared = services.privacy.purge_expired(who, services.auth.role.value)
        days = services.privacy.retention_days
        say(lang, "cli.purged", path=path, cleared=cleared, days=days)
        return EXIT_OK
    finally:
        services.close()


def _backup(args: argparse.Namespace, lang: str) -> int:
    """A database whose history shrank is still backed up (the backup is marked suspect
    and rotates nothing out); damage, another database's log or identity are refused."""
    from desk_assistant.app import build_services
    from desk_assistant.errors import DatabaseSuspectError
    from desk_assistant.services.backup import preflight

    path = _existing_db_path(args)
    try:
        for notice in preflight(path, _clock(), full_check=False):
            print(notice.render(lang), file=sys.stderr)
    except DatabaseSuspectError as exc:
        if exc.message.key != "db.shrank":
            raise
        print(exc.user_message(lang), file=sys.stderr)
    services = build_services(path)
    try:
        assert services.backups is not None
        output = Path(args.output) if args.output else None
        # A full copy written anywhere holds every contact in full: the supervisor's.
        who = authorise(services, args, lang, Role.SUPERVISOR if output else Role.SCHEDULED)
        result = services.backups.backup(who, services.auth.role.value, output, "manual")
    finally:
        services.close()
    if result.suspect:
        before = result.before.interactions if result.before else 0
        now = result.now.interactions if result.now else 0
        say(lang, "backup.suspect", stream=sys.stderr, file=result.path, now=now, before=before)
        return EXIT_FAILURE
    say(lang, "cli.backed_up", path=path, written=result.path)
    return EXIT_OK


def _restore(args: argparse.Namespace, lang: str) -> int:
    from desk_assistant.errors import CustodyError, DatabaseDamagedError
    from desk_assistant.services.backup import preflight, restore_backup

    path = _db_path(args)
    try:
        # Finishes or undoes an earlier restore that was interrupted; damage and a lost or
        # replaced database are why one restores, so they do not stop it.
        for notice in preflight(path, _clock(), full_check=False):
            print(notice.render(lang), file=sys.stderr)
        who = _restore_authorised(path, args, lang)
    except (CustodyError, DatabaseDamagedError):
        # The PIN is inside the database that is lost or damaged: restoring it is the way
        # back, and file access to it is the operating system's to guard.
        who = who_is_it()
    done = restore_backup(
        path,
        Path(args.file),
        _clock(),
        who,
        Role.SUPERVISOR.value,
        other_database=args.other_database,
    )
    kept = translate("cli.kept_aside", lang, aside=done.aside) if done.aside else ""
    again = translate("cli.reapplied", lang, reapplied=done.reapplied, purged=done.purged)
    print(translate("cli.restored", lang, path=path, file=args.file) + kept + again)
    return EXIT_OK


def _restore_authorised(path: Path, args: argparse.Namespace, lang: str) -> str:
    """A restore over a sound database needs its supervisor PIN."""
    from desk_assistant.app import build_services

    if not path.exists():
        return who_is_it()
    services = build_services(path)
    try:
        return authorise(services, args, lang, Role.SUPERVISOR)
    finally:
        services.close()


def _clock() -> Any:
    from desk_assistant.domain.clock import system_clock

    return system_clock


def _audit(args: argparse.Namespace, parser: argparse.ArgumentParser, lang: str) -> int:
    if args.audit_action != "verify":
        parser.parse_args(["audit", "--help"])
        return EXIT_USAGE
    services = _open(args, lang)
    try:
        check = services.audit_log.verify()
    finally:
        services.close()
    if check.intact:
        say(lang, "cli.audit_intact", rows=check.rows)
        return EXIT_OK
    if check.reason == "unprotected":
        say(lang, "cli.audit_unprotected", stream=sys.stderr)
    else:
        say(lang, "cli.audit_broken", stream=sys.stderr, row=check.broken_at)
    return EXIT_FAILURE


_APP: object = None


def _pdf_application() -> None:
    """Qt's PDF writer needs a (windowless) application object, kept until exit."""
    global _APP
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _APP = QGuiApplication([sys.argv[0]])
