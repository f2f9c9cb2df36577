"""Roles and PINs: who may do what, slow salted hashes, lockout, idle drop."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from enum import StrEnum

from desk_assistant.errors import ValidationError

MAX_TRIES = 5
LOCK_SECONDS = 5 * 60
IDLE_SECONDS = 5 * 60
_N, _R, _P = 2**14, 8, 1


class Role(StrEnum):
    DESK = "desk"
    SUPERVISOR = "supervisor"
    TRAINER = "trainer"


# Which elevated role grants which: a supervisor may also do a trainer's work.
GRANTS: dict[Role, frozenset[Role]] = {
    Role.DESK: frozenset({Role.DESK}),
    Role.TRAINER: frozenset({Role.DESK, Role.TRAINER}),
    Role.SUPERVISOR: frozenset({Role.DESK, Role.TRAINER, Role.SUPERVISOR}),
}


def check_pin_format(pin: str) -> str:
    pin = pin.strip()
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise ValidationError("pin.format", field="pin")
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash``: a slow salted hash, never the PIN itself."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        candidate = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)
