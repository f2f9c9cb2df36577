"""Follow-up rules: phone numbers, e-mail, reference codes, dates, the checklist form."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_assistant.domain.calendar import LibraryCalendar
from desk_assistant.domain.followup import (
    CODE_ALPHABET,
    CODE_PREFIX,
    CaseForm,
    CaseInvalid,
    Channel,
    contact_in_text,
    format_phone,
    normalise_code,
    parse_email,
    parse_phone,
    reference_code,
    validate_case,
)
from desk_assistant.errors import ValidationError

VALID_PHONES = [
    ("0812-3456-7890", "+6281234567890", True),
    ("081234567890", "+6281234567890", True),
    ("0812 3456 7890", "+6281234567890", True),
    ("+62 812 3456 7890", "+6281234567890", True),
    ("+62-812-3456-7890", "+6281234567890", True),
    ("+6281234567890", "+6281234567890", True),
    ("6281234567890", "+6281234567890", True),
    ("62 812 3456 7890", "+6281234567890", True),
    ("0856 1234 5678", "+6285612345678", True),
    ("(021) 345-6789", "+62213456789", False),
    ("021 5551234", "+62215551234", False),
    ("0274 512345", "+62274512345", False),
    ("+62 21 345 6789", "+62213456789", False),
    ("+1 650 253 0000", "+16502530000", None),
]
INVALID_PHONES = [
    ("", "phone.required"),
    ("0812", "phone.too_short"),
    ("0812-345", "phone.too_short"),
    ("08123abc890", "phone.letters"),
    ("O812-3456-7890", "phone.letters"),  # the letter O, not zero
    ("0062 812 3456 7890", "phone.double_zero"),
    ("006281234567890", "phone.double_zero"),
    ("0812#3456#7890", "phone.characters"),
    ("0812+3456", "phone.characters"),
    ("+62 +812 3456", "phone.characters"),
    ("0812345678901234567", "phone.too_long"),
    ("0000 0000 0000", "phone.double_zero"),
    ("0123 4567 890", "phone.invalid"),
]


@pytest.mark.parametrize(("text", "e164", "mobile"), VALID_PHONES)
def test_valid_phone_numbers(text: str, e164: str, mobile: bool | None) -> None:
    phone = parse_phone(text)
    assert phone.e164 == e164
    if mobile is not None:
        assert phone.mobile is mobile


@pytest.mark.parametrize(("text", "key"), INVALID_PHONES)
def test_invalid_phone_numbers(text: str, key: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_phone(text)
    assert info.value.message.key == key
    assert info.value.field == "phone"
    assert info.value.user_message("id") != info.value.user_message("en")


def test_phone_shown_in_national_form() -> None:
    assert format_phone("+6281234567890") == "0812-3456-7890"
    assert format_phone("+62213456789") == "(021) 3456789"
    assert format_phone("+16502530000").startswith("+1 ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("budi@example.com", "budi@example.com"),
        ("Budi.Santoso@Perpustakaan.Go.Id", "Budi.Santoso@perpustakaan.go.id"),
        ("  sari+tl@mail.co.id ", "sari+tl@mail.co.id"),
        ("a_b-c@sub.domain.org", "a_b-c@sub.domain.org"),
    ],
)
def test_valid_emails(text: str, expected: str) -> None:
    assert parse_email(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", "email.required"),
        ("budi", "email.no_at"),
        ("budi@example", "email.no_domain"),
        ("budi@", "email.no_domain"),
        ("@example.com", "email.invalid"),
        ("budi santoso@example.com", "email.invalid"),
        ("budi..s@example.com", "email.invalid"),
        ("budi@example.c", "email.invalid"),
        ("budi@-example.com", "email.invalid"),
        ("budi@exa_mple.com", "email.invalid"),
        ("x" * 250 + "@example.com", "email.invalid"),
    ],
)
def test_invalid_emails(text: str, key: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_email(text)
    assert info.value.message.key == key


@pytest.mark.parametrize(
    "text",
    [
        "Hubungi saya di 0812 3456 7890",
        "wa 081234567890 ya",
        "0812.3456.7890",
        "+62 812-3456-7890",
        "telepon rumah (021) 5550123",
        "kirim ke budi.s@example.co.id",
        "NIK saya 3174012345678901",
        "kartu anggota 20230012345",
    ],
)
def test_contact_details_in_free_text_are_found(text: str) -> None:
    assert contact_in_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mohon jam buka 08.00-16.00 diperpanjang sampai 18.00",
        "Sabtu 09.00 - 13.00, Minggu 10.00-14.00",
        "Antrean tgl 12-11-2026 lama sekali",
        "Lantai 2 ruang 12 hanya 30 kursi, tahun 2025 dan 2026 sama",
        "Tolong beli buku ISBN 9780306406157",
        "ISBN 978-0-306-40615-7 belum ada",
        "",
    ],
)
def test_hours_dates_counts_and_isbns_are_not_contact_details(text: str) -> None:
    assert not contact_in_text(text)


@settings(max_examples=5, deadline=None)
@given(st.integers(min_value=0, max_value=10_000_000))
def test_100000_consecutive_codes_are_unique_and_readable(start: int) -> None:
    codes = {reference_code(start + i) for i in range(100_000)}
    assert len(codes) == 100_000
    allowed = set(CODE_ALPHABET)
    for code in codes:
        assert code.startswith(CODE_PREFIX)
        assert set(code[len(CODE_PREFIX) :]) <= allowed
    assert not set("01OIL") & allowed


def test_codes_cross_the_four_character_boundary_without_reuse() -> None:
    size = len(CODE_ALPHABET) ** 4
    codes = [reference_code(i) for i in range(size - 5, size + 5)]
    assert len(set(codes)) == 10
    assert len(codes[-1]) == len(CODE_PREFIX) + 5


def test_code_as_read_out() -> None:
    assert normalise_code("tl 7k3m") == "TL-7K3M"
    assert normalise_code("7K3M") == "TL-7K3M"


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 11, 24), 2, date(2026, 11, 26)),  # Tuesday → Thursday
        (date(2026, 11, 26), 2, date(2026, 11, 30)),  # Thursday → Monday
        (date(2026, 11, 28), 1, date(2026, 11, 30)),  # Saturday → Monday
        (date(2026, 11, 28), 0, date(2026, 11, 30)),  # a weekend day moves to Monday
        (date(2026, 11, 27), 5, date(2026, 12, 4)),
    ],
)
def test_working_days(start: date, days: int, expected: date) -> None:
    assert LibraryCalendar().add_open_days(start, days) == expected


FOLLOW = frozenset({"hold", "call_back"})
TODAY = date(2026, 11, 24)


def form(**changes: object) -> CaseForm:
    base = dict(
        title="Laskar Pelangi",
        options=("hold",),
        consent=True,
        name="Budi",
        phone="0812-3456-7890",
        channel=Channel.WHATSAPP,
        due=date(2026, 11, 26),
    )
    base.update(changes)
    return CaseForm(**base)  # type: ignore[arg-type]


def errors_of(case_form: CaseForm) -> dict[str, str]:
    with pytest.raises(CaseInvalid) as info:
        validate_case(case_form, FOLLOW, TODAY)
    return {name: error.message.key for name, error in info.value.errors.by_field.items()}


def test_valid_case_with_contact() -> None:
    case = validate_case(form(), FOLLOW, TODAY)
    assert case.needs_follow_up and case.consent
    assert case.contact is not None and case.contact.phone is not None
    assert case.contact.phone.e164 == "+6281234567890"


def test_every_wrong_field_is_reported_at_once() -> None:
    errors = errors_of(
        form(title=" ", phone="0812", email="budi@example", due=date(2026, 11, 1), name="")
    )
    assert errors == {
        "title": "form.title_required",
        "due": "form.date_past",
        "name": "form.name_required",
        "phone": "phone.too_short",
        "email": "email.no_domain",
    }


def test_no_option_and_no_decline_is_refused() -> None:
    assert errors_of(form(options=())) == {"options": "form.no_option"}


def test_the_chosen_channel_needs_its_detail() -> None:
    assert errors_of(form(channel=Channel.EMAIL)) == {"email": "email.required"}
    assert errors_of(form(phone="", channel=Channel.SMS)) == {"phone": "phone.required"}
    assert errors_of(form(phone="(021) 345-6789")) == {"phone": "phone.not_mobile"}
    assert errors_of(form(channel=None)) == {"channel": "form.channel_required"}


def test_without_consent_no_contact_is_kept_even_if_typed() -> None:
    case = validate_case(form(consent=False, phone="not a phone"), FOLLOW, TODAY)
    assert case.contact is None
    assert case.consent is False
    assert case.needs_follow_up


def test_declined_needs_no_contact_or_date() -> None:
    case = validate_case(form(options=(), declined=True, due=None), FOLLOW, TODAY)
    assert case.declined and not case.needs_follow_up and case.contact is None


def test_option_without_follow_up_needs_no_contact() -> None:
    case = validate_case(form(options=("alternative",), name="", phone=""), FOLLOW, TODAY)
    assert not case.needs_follow_up and case.contact is None and case.due is None


def test_a_number_shown_is_masked_as_its_stored_form_would_be() -> None:
    from desk_assistant.domain.followup import format_phone, mask_phone, mask_shown_phone

    for e164 in ("+6281234567890", "+62215550123", "+6591234567"):
        assert mask_shown_phone(format_phone(e164)) == mask_phone(e164)
