"""Follow-ups: the promise made to a patron when material is unavailable.

Rules only: validating what the librarian types (phone, e-mail, the chosen channel's
detail, consent), reference codes, the promised date. No Qt, no SQL.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from desk_assistant.domain.calendar import LibraryCalendar
from desk_assistant.errors import ValidationError
from desk_assistant.i18n import QT_TRANSLATE_NOOP, Message

DEFAULT_REGION = "ID"
MAX_TEXT = 200
MAX_NAME = 100


class Reason(StrEnum):
    """Why the requested material is not available."""

    ON_LOAN = "on_loan"
    PROCESSING = "processing"
    NOT_OWNED = "not_owned"
    MISSING = "missing"
    # Not material: a complaint or request the library promised to follow up.
    COMPLAINT = "complaint"


# What the screen and the exports call each (English; translated in the catalog).
REASON_LABELS: dict[Reason, str] = {
    Reason.ON_LOAN: QT_TRANSLATE_NOOP("Labels", "On loan"),
    Reason.PROCESSING: QT_TRANSLATE_NOOP("Labels", "Being processed"),
    Reason.NOT_OWNED: QT_TRANSLATE_NOOP("Labels", "Not in the collection"),
    Reason.MISSING: QT_TRANSLATE_NOOP("Labels", "Missing from the shelf"),
    Reason.COMPLAINT: QT_TRANSLATE_NOOP("Labels", "Complaint or request"),
}


# The reasons the options checklist offers for material (a complaint has its own form).
MATERIAL_REASONS = tuple(reason for reason in Reason if reason is not Reason.COMPLAINT)


class Channel(StrEnum):
    """How the patron prefers to be contacted."""

    PHONE = "phone"
    WHATSAPP = "whatsapp"
    SMS = "sms"
    EMAIL = "email"


# What the screen and the exports call each (English; translated in the catalog).
CHANNEL_LABELS: dict[Channel, str] = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone call"),
    Channel.WHATSAPP: QT_TRANSLATE_NOOP("Labels", "WhatsApp"),
    Channel.SMS: QT_TRANSLATE_NOOP("Labels", "SMS"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
}


class Status(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CANCELLED = "cancelled"
    UNREACHABLE = "unreachable"


# What the screen and the exports call each (English; translated in the catalog).
STATUS_LABELS: dict[Status, str] = {
    Status.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    Status.RESOLVED: QT_TRANSLATE_NOOP("Labels", "Resolved"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    Status.UNREACHABLE: QT_TRANSLATE_NOOP("Labels", "Unreachable"),
}


PHONE_CHANNELS = frozenset({Channel.PHONE, Channel.WHATSAPP, Channel.SMS})
CLOSED_STATUSES = frozenset({Status.RESOLVED, Status.CANCELLED, Status.UNREACHABLE})
ACTIVE_STATUSES = frozenset({Status.OPEN, Status.IN_PROGRESS})
DEFAULT_FLAG_AFTER = 3

# Which status may follow which. A closed follow-up can be reopened (with a reason).
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.OPEN: frozenset({Status.IN_PROGRESS, *CLOSED_STATUSES}),
    Status.IN_PROGRESS: frozenset({Status.OPEN, *CLOSED_STATUSES}),
    Status.RESOLVED: frozenset({Status.OPEN}),
    Status.CANCELLED: frozenset({Status.OPEN}),
    Status.UNREACHABLE: frozenset({Status.OPEN}),
}
# A change to these needs a reason, so the history says why the promise was not kept.
REASON_REQUIRED = frozenset({Status.CANCELLED, Status.UNREACHABLE})


class Attempt(StrEnum):
    """A contact attempt, as logged from the follow-up queue."""

    CALLED_REACHED = "called_reached"
    CALLED_NO_ANSWER = "called_no_answer"
    CALLED_WRONG_NUMBER = "called_wrong_number"
    CALLED_LEFT_MESSAGE = "called_left_message"
    WHATSAPP_SENT = "whatsapp_sent"
    SMS_SENT = "sms_sent"
    EMAIL_SENT = "email_sent"


# What the screen and the exports call each (English; translated in the catalog).
ATTEMPT_LABELS: dict[Attempt, str] = {
    Attempt.CALLED_REACHED: QT_TRANSLATE_NOOP("Labels", "Called — reached"),
    Attempt.CALLED_NO_ANSWER: QT_TRANSLATE_NOOP("Labels", "Called — no answer"),
    Attempt.CALLED_WRONG_NUMBER: QT_TRANSLATE_NOOP("Labels", "Called — wrong number"),
    Attempt.CALLED_LEFT_MESSAGE: QT_TRANSLATE_NOOP("Labels", "Called — left a message"),
    Attempt.WHATSAPP_SENT: QT_TRANSLATE_NOOP("Labels", "WhatsApp sent"),
    Attempt.SMS_SENT: QT_TRANSLATE_NOOP("Labels", "SMS sent"),
    Attempt.EMAIL_SENT: QT_TRANSLATE_NOOP("Labels", "E-mail sent"),
}


# Attempts that did not reach the patron; enough of them flag the follow-up.
FAILED_ATTEMPTS = frozenset(
    {Attempt.CALLED_NO_ANSWER, Attempt.CALLED_WRONG_NUMBER, Attempt.CALLED_LEFT_MESSAGE}
)


def check_transition(current: Status, new: Status, reason: str) -> None:
    """Raise :class:`ValidationError` if ``current`` → ``new`` is not allowed."""
    if new is current or new not in TRANSITIONS[current]:
        raise ValidationError("status.not_allowed", field="status", old=current, new=new)
    reopening = current in CLOSED_STATUSES
    if (new in REASON_REQUIRED or reopening) and not reason.strip():
        raise ValidationError("status.reason_required", field="reason")


# --- masking ----------------------------------------------------------------------------


def mask_name(name: str) -> str:
    """``Budi Santoso`` → ``B*** S***``: enough to recognise, not to read out."""
    return " ".join(f"{word[0]}***" for word in name.split() if word)


def mask_phone(e164: str) -> str:
    """``+6281234567890`` → ``0812-****-7890``."""
    return mask_shown_phone(format_phone(e164))


def mask_shown_phone(national: str) -> str:
    """A number already formatted for the screen (``0812-3456-7890``) → ``0812-****-7890``:
    what exports use, from the stored national form, without parsing each number again."""
    runs = _mask_runs(national.translate(_DIGIT_SHAPE))
    return "".join(
        national[start:end] if keep else "*" * (end - start) for start, end, keep in runs
    )


_DIGIT_SHAPE = str.maketrans("0123456789", "dddddddddd")


@functools.lru_cache(maxsize=256)
def _mask_runs(shape: str) -> tuple[tuple[int, int, bool], ...]:
    """For a number's shape (``dddd-dddd-dddd``): the runs of it kept and masked (numbers
    of one shape are masked alike, so an export works it out once per shape)."""
    digits = [i for i, ch in enumerate(shape) if ch == "d"]
    tail = 4 if len(digits) >= 12 else 3 if len(digits) >= 9 else 2
    head = 4 if len(digits) >= 9 else 2
    masked = set(digits) - set(digits[:head] + digits[-tail:])
    runs: list[tuple[int, int, bool]] = []
    for index in range(len(shape)):
        keep = index not in masked
        if runs and runs[-1][2] == keep:
            runs[-1] = (runs[-1][0], index + 1, keep)
        else:
            runs.append((index, index + 1, keep))
    return tuple(runs)


def mask_email(email: str) -> str:
    """``budi.santoso@example.com`` → ``b***@example.com``."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


# --- phone and e-mail -------------------------------------------------------------------


@dataclass(frozen=True)
class Phone:
    """A valid phone number: E.164 for storage, national form for the screen."""

    e164: str
    mobile: bool

    @property
    def national(self) -> str:
        return format_phone(self.e164)


def format_phone(e164: str) -> str:
    """``+6281234567890`` → ``0812-3456-7890``; foreign numbers in international form."""
    import phonenumbers  # imported when first needed: it costs the start 10 ms

    try:
        number = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == DEFAULT_REGION:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_PHONE_CHARS = re.compile(r"^[0-9+()\-.\s/]+$")


def parse_phone(text: str) -> Phone:
    """Accept ``0812-3456-7890``, ``+62 812…``, ``62812…`` and landlines; refuse the rest."""
    raw = text.strip()
    if not raw:
        raise ValidationError("phone.required", field="phone")
    if re.search(r"[A-Za-z]", raw):
        raise ValidationError("phone.letters", field="phone")
    if not _PHONE_CHARS.match(raw) or raw.count("+") > 1 or ("+" in raw and raw[0] != "+"):
        raise ValidationError("phone.characters", field="phone")
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("00"):
        raise ValidationError("phone.double_zero", field="phone")
    if len(digits) < 8:
        raise ValidationError("phone.too_short", field="phone")
    if len(digits) > 15:
        raise ValidationError("phone.too_long", field="phone")
    import phonenumbers

    try:
        number = phonenumbers.parse(raw, DEFAULT_REGION)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError("phone.invalid", field="phone") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("phone.invalid", field="phone")
    kind = phonenumbers.number_type(number)
    mobile = kind in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    return Phone(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), mobile)


_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


def parse_email(text: str) -> str:
    """A plausible address (local@domain.tld), lower-cased domain; refuse the rest."""
    value = text.strip()
    if not value:
        raise ValidationError("email.required", field="email")
    if len(value) > 254 or " " in value:
        raise ValidationError("email.invalid", field="email")
    if "@" not in value:
        raise ValidationError("email.no_at", field="email")
    local, _, domain = value.rpartition("@")
    if not local or ".." in value or local.startswith(".") or local.endswith("."):
        raise ValidationError("email.invalid", field="email")
    if "." not in domain:
        raise ValidationError("email.no_domain", field="email")
    if not _EMAIL.match(value):
        raise ValidationError("email.invalid", field="email")
    return f"{local}@{domain.lower()}"


# --- contact details in free text -------------------------------------------------------

_EMAIL_IN_TEXT = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_LONG_NUMBER = re.compile(r"\d{8,}")  # a card, an ID (NIK: 16 digits) or a phone run together


def _is_isbn(digits: str) -> bool:
    """An ISBN-10 or -13 with a right check digit (a title a patron may well quote)."""
    if len(digits) == 13 and digits[:3] in ("978", "979"):
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
        return total % 10 == 0
    if len(digits) == 10:
        return sum(int(d) * (10 - i) for i, d in enumerate(digits)) % 11 == 0
    return False


def contact_in_text(text: str) -> bool:
    """Whether free text carries something that leads to a person: a phone number (as
    phonenumbers finds a valid one, however it is written), an e-mail address, or a long
    run of digits (a card or ID number) that is not an ISBN. Opening hours, dates, floors
    and counts are not contact details."""
    if _EMAIL_IN_TEXT.search(text):
        return True
    if any(not _is_isbn(m.group()) for m in _LONG_NUMBER.finditer(text)):
        return True
    if not re.search(r"\d", text):
        return False
    import phonenumbers

    matcher = phonenumbers.PhoneNumberMatcher(text, DEFAULT_REGION, phonenumbers.Leniency.VALID)
    return matcher.has_next()


# --- reference codes --------------------------------------------------------------------

# No 0/O, 1/I/L: easy to say on the phone and to type from a slip.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_PREFIX = "TL-"
_BASE = len(CODE_ALPHABET)


def _spread(sequence: int, length: int) -> int:
    """A bijection of [0, base**length): consecutive numbers give unrelated-looking codes."""
    size = int(_BASE**length)
    multiplier = 387_420_489 % size  # 3**18: coprime with 31**n, so the map is one-to-one
    return int((sequence * multiplier + 7_919) % size)


def reference_code(sequence: int) -> str:
    """The code for the ``sequence``-th follow-up (0-based); unique for every sequence.

    Four characters (923 521 codes), then five, six…: a code is never reused.
    """
    if sequence < 0:
        raise ValueError("sequence must not be negative")
    length, offset = 4, 0
    while sequence - offset >= _BASE**length:
        offset += _BASE**length
        length += 1
    value = _spread(sequence - offset, length)
    chars = []
    for _ in range(length):
        value, digit = divmod(value, _BASE)
        chars.append(CODE_ALPHABET[digit])
    return CODE_PREFIX + "".join(reversed(chars))


def normalise_code(text: str) -> str:
    """What a patron reads out, as stored: ``tl 7k3m`` → ``TL-7K3M``; O→0 is not guessed."""
    compact = re.sub(r"[\s-]", "", text.upper())
    if compact.startswith("TL"):
        compact = compact[2:]
    return CODE_PREFIX + compact


# --- dates ------------------------------------------------------------------------------


# --- the case of unavailable material ---------------------------------------------------


@dataclass(frozen=True)
class Item:
    """What was asked for (free text; the title is required)."""

    title: str
    author: str = ""
    call_number: str = ""


@dataclass(frozen=True)
class Contact:
    """How to reach the patron; stored only with their consent.

    ``masked``: the fields hold the masked display text (``B*** S***``, ``0812-****-7890``,
    ``b***@example.com``), as services hand a contact out unless it is revealed.
    """

    name: str
    channel: Channel
    phone: Phone | None = None
    email: str | None = None
    masked: bool = False


def masked_contact(contact: Contact) -> Contact:
    """``contact`` as the screen may show it without a reveal (idempotent)."""
    if contact.masked:
        return contact
    phone = contact.phone
    return Contact(
        name=mask_name(contact.name),
        channel=contact.channel,
        phone=Phone(mask_phone(phone.e164), phone.mobile) if phone else None,
        email=mask_email(contact.email) if contact.email else None,
        masked=True,
    )


@dataclass(frozen=True)
class CaseForm:
    """What the librarian typed in the options checklist, before validation."""

    reason: Reason = Reason.ON_LOAN
    title: str = ""
    author: str = ""
    call_number: str = ""
    options: tuple[str, ...] = ()  # the options the patron chose
    # Options explained to the patron but not chosen: with the chosen ones, what was
    # offered (the report's offer rate and take-up).
    explained: tuple[str, ...] = ()
    declined: bool = False
    consent: bool = False
    name: str = ""
    phone: str = ""
    email: str = ""
    channel: Channel | None = None
    due: date | None = None


@dataclass(frozen=True)
class UnavailableCase:
    """A validated case: the next step the patron leaves with."""

    reason: Reason
    item: Item
    options: tuple[str, ...]
    declined: bool
    needs_follow_up: bool
    consent: bool
    contact: Contact | None
    due: date | None
    explained: tuple[str, ...] = ()

    def offered(self, order: tuple[str, ...]) -> tuple[str, ...]:
        """The options offered (explained or chosen), in ``order`` (the pack's)."""
        said = set(self.options) | set(self.explained)
        return tuple(option for option in order if option in said)


@dataclass
class FormErrors:
    """Every invalid field of the form, field name → error (all reported at once)."""

    by_field: dict[str, ValidationError] = field(default_factory=dict)

    def add(self, error: ValidationError) -> None:
        self.by_field.setdefault(error.field, error)

    def __bool__(self) -> bool:
        return bool(self.by_field)


class CaseInvalid(Exception):
    def __init__(self, errors: FormErrors) -> None:
        super().__init__(", ".join(errors.by_field))
        self.errors = errors


def clean_text(value: str, field: str = "search") -> str:
    """Text as it is stored and searched: one Unicode form (NFC, so "Bu\u0301di" and
    "Búdi" are the same name), single spaces. Text that is not valid Unicode (a lone
    surrogate, from a broken paste) is refused with a message, never stored."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError("text.invalid", field=field) from exc
    return " ".join(unicodedata.normalize("NFC", value).split())


def _text(value: str, name: str, limit: int, errors: FormErrors) -> str:
    try:
        value = clean_text(value, name)
    except ValidationError as exc:
        errors.add(exc)
        return ""
    if len(value) > limit:
        errors.add(ValidationError("form.too_long", field=name, limit=limit))
    return value


def validate_case(
    form: CaseForm,
    follow_up_options: frozenset[str],
    today: date,
    calendar: LibraryCalendar | None = None,
) -> UnavailableCase:
    """Check the whole form; :class:`CaseInvalid` lists every field that is wrong. A
    promised date falls on a day the library is open (``calendar``): someone is there to
    keep the promise."""
    errors = FormErrors()
    title = _text(form.title, "title", MAX_TEXT, errors)
    if not title:
        errors.add(ValidationError("form.title_required", field="title"))
    author = _text(form.author, "author", MAX_TEXT, errors)
    call_number = _text(form.call_number, "call_number", MAX_TEXT, errors)
    if form.declined and form.options:
        errors.add(ValidationError("form.declined_and_options", field="options"))
    if not form.declined and not form.options:
        errors.add(ValidationError("form.no_option", field="options"))
    needs_follow_up = not form.declined and bool(set(form.options) & follow_up_options)
    contact: Contact | None = None
    due: date | None = None
    if needs_follow_up:
        if form.due is None:
            errors.add(ValidationError("form.date_required", field="due"))
        elif form.due < today:
            errors.add(ValidationError("form.date_past", field="due"))
        elif calendar is not None and (closed := calendar.closed_because(form.due)) is not None:
            errors.add(
                ValidationError(
                    "form.date_closed",
                    field="due",
                    day=form.due,
                    reason=closed or Message("calendar.weekday_closed"),
                    next=calendar.next_open_day(form.due),
                )
            )
        else:
            due = form.due
        if form.consent:
            contact = _contact(form, errors)
    if errors:
        raise CaseInvalid(errors)
    return UnavailableCase(
        reason=form.reason,
        item=Item(title, author, call_number),
        options=() if form.declined else tuple(form.options),
        explained=tuple(o for o in dict.fromkeys(form.explained) if o not in form.options),
        declined=form.declined,
        needs_follow_up=needs_follow_up,
        consent=needs_follow_up and form.consent,
        contact=contact,
        due=due,
    )


def _contact(form: CaseForm, errors: FormErrors) -> Contact | None:
    name = _text(form.name, "name", MAX_NAME, errors)
    if not name:
        errors.add(ValidationError("form.name_required", field="name"))
    if form.channel is None:
        errors.add(ValidationError("form.channel_required", field="channel"))
    phone: Phone | None = None
    email: str | None = None
    phone_needed = form.channel in PHONE_CHANNELS
    if form.phone.strip() or phone_needed:
        try:
            phone = parse_phone(form.phone)
        except ValidationError as exc:
            errors.add(exc)
        else:
            if form.channel in (Channel.WHATSAPP, Channel.SMS) and not phone.mobile:
                errors.add(ValidationError("phone.not_mobile", field="phone"))
    if form.email.strip() or form.channel is Channel.EMAIL:
        try:
            email = parse_email(form.email)
        except ValidationError as exc:
            errors.add(exc)
    if errors or form.channel is None:
        return None
    return Contact(name=name, channel=form.channel, phone=phone, email=email)


# --- a stored follow-up and its history --------------------------------------------------


@dataclass(frozen=True)
class FollowUp:
    id: int
    code: str
    created_at: datetime
    due: date | None
    status: Status
    desk: str
    staff: str
    reason: Reason
    item: Item
    options: tuple[str, ...]
    consent: bool
    contact: Contact | None
    language: str
    interaction_id: int | None = None
    attempts: int = 0
    failed_attempts: int = 0
    closed_at: datetime | None = None


@dataclass(frozen=True)
class Event:
    at: datetime
    by: str
    kind: str
    detail: dict[str, Any]
