"""Roles and PINs: who may do what, slow salted hashes, lockout, idle drop."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from enum import StrEnum

from desk_assistant.errors import ValidationError
from desk_assistant.i18n import QT_TRANSLATE_NOOP

# Wrong PINs: the first LOCK_AFTER are free; then the role locks for FIRST_LOCK_SECONDS,
# doubling with every further wrong PIN, up to a day (all counted from the audit log).
LOCK_AFTER = 5
FIRST_LOCK_SECONDS = 60
MAX_LOCK_SECONDS = 24 * 3600
IDLE_SECONDS = 5 * 60
MIN_PIN_DIGITS = 6
MIN_PASSPHRASE = 8
# scrypt's cost: about 0.2 s per try on a desk PC (2**16 × 8 × 128 bytes = 64 MiB).
# The parameters are stored with each hash, so they can rise again later.
_N, _R, _P = 2**16, 8, 1
_MAXMEM = 256 * 1024 * 1024


class Role(StrEnum):
    DESK = "desk"
    SUPERVISOR = "supervisor"
    TRAINER = "trainer"
    # A task that runs unattended from the command line (a scheduled purge, a masked or
    # statistics export): no PIN, and nothing that shows a patron's contact details.
    SCHEDULED = "scheduled"


# What the screen and the exports call each (English; translated in the catalog).
ROLE_LABELS: dict[Role, str] = {
    Role.DESK: QT_TRANSLATE_NOOP("Labels", "desk librarian"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "supervisor"),
    Role.TRAINER: QT_TRANSLATE_NOOP("Labels", "trainer"),
}


# Which role grants which: a supervisor may also do a trainer's work and everything a
# scheduled task may do.
GRANTS: dict[Role, frozenset[Role]] = {
    Role.DESK: frozenset({Role.DESK}),
    Role.SCHEDULED: frozenset({Role.DESK, Role.SCHEDULED}),
    Role.TRAINER: frozenset({Role.DESK, Role.TRAINER}),
    Role.SUPERVISOR: frozenset({Role.DESK, Role.TRAINER, Role.SUPERVISOR, Role.SCHEDULED}),
}


def normalise_pin(pin: str) -> str:
    return unicodedata.normalize("NFC", pin.strip())


def meets_policy(pin: str) -> bool:
    """At least six digits, or a passphrase of at least eight characters."""
    pin = normalise_pin(pin)
    if pin.isdigit():
        return MIN_PIN_DIGITS <= len(pin) <= 64
    return MIN_PASSPHRASE <= len(pin) <= 128


def check_pin_format(pin: str) -> str:
    pin = normalise_pin(pin)
    if not meets_policy(pin):
        raise ValidationError("pin.format", field="pin")
    return pin


def lock_seconds(failures: int) -> int:
    """How long a role stays locked after ``failures`` wrong PINs in a row."""
    if failures < LOCK_AFTER:
        return 0
    return int(min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failures - LOCK_AFTER)))


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash``: a slow salted hash, never the PIN itself."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(
        normalise_pin(pin).encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32, maxmem=_MAXMEM
    )
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def needs_rehash(stored: str) -> bool:
    """Was this hash made with a lower cost than today's?"""
    try:
        kind, n, r, p, _salt, _digest = stored.split("$")
        return kind != "scrypt" or (int(n), int(r), int(p)) < (_N, _R, _P)
    except ValueError:
        return True


def pin_digest(stored: str) -> str:
    """A short fingerprint of a stored hash, kept in the audit log: a PIN hash replaced
    outside the application no longer matches it."""
    return hashlib.sha256(stored.encode()).hexdigest()[:32]


def new_recovery_code() -> str:
    """Shown once when the supervisor PIN is set: resets a forgotten PIN (4 × 5 letters
    and digits, without 0/O and 1/I/L)."""
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    groups = ("".join(secrets.choice(alphabet) for _ in range(5)) for _ in range(4))
    return "-".join(groups)


def normalise_recovery_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def verify_pin(pin: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        candidate = hashlib.scrypt(
            normalise_pin(pin).encode(),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=32,
            maxmem=_MAXMEM,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)
