"""Who runs a command, and with which role: the PIN for the command line.

A scheduled task's role needs no PIN. Any other role asks for its PIN, from ``--pin-file``
(refused unless only its owner can read it) or typed without echo in a terminal. Every
command names the operating system's user and the machine in the audit log.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desk_assistant.domain.roles import Role
from desk_assistant.errors import DeskAssistantError, os_reason
from desk_assistant.i18n import translate

if TYPE_CHECKING:
    from desk_assistant.app import Services


def who_is_it() -> str:
    """The person behind a command: the operating system's user and the machine."""
    import getpass
    import socket

    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "unknown"
    return f"{user}@{socket.gethostname()} (command line)"


def authorise(services: Services, args: argparse.Namespace, lang: str, role: Role) -> str:
    """Act as ``role`` for this command: a scheduled task's role needs no PIN; any other
    asks for its PIN (``--pin-file``, or typed without echo). Returns who acts."""
    who = who_is_it()
    if role is Role.SCHEDULED:
        services.auth.act_unattended(who)
        return who
    if services.auth.first_pin_needed(Role.SUPERVISOR):
        services.auth.unlock_unprotected(role, who)  # no PIN yet: nothing to ask for
        return who
    pin = read_pin(args, lang, role)
    unlocked = services.auth.unlock(role, pin, who)
    if unlocked.needs_new_pin:
        print(translate("pin.choose_new", lang), file=sys.stderr)
    return who


def read_pin(args: argparse.Namespace, lang: str, role: Role) -> str:
    pin_file = getattr(args, "pin_file", None)
    if pin_file:
        path = Path(pin_file)
        try:
            info = path.stat()
            if os.name != "nt" and (
                info.st_mode & 0o077 or info.st_uid != os.getuid()  # type: ignore[attr-defined,unused-ignore]
            ):
                raise DeskAssistantError("cli.pin_file_open", path=path)
            return path.read_text(encoding="utf-8").splitlines()[0] if info.st_size else ""
        except OSError as exc:
            raise DeskAssistantError(
                "cli.pin_file_unreadable", path=path, reason=os_reason(exc)
            ) from exc
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(translate("cli.pin_prompt", lang, role=role.value))
    raise DeskAssistantError("cli.pin_needed", role=role.value)
