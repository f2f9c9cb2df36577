"""Demo data: a busy desk's history, for training, screenshots and benchmarks.

Deterministic for a seed and a day. Written in batched transactions so memory does not
grow with the number of rows. Refuses a database that holds real records. Phone numbers
are in the fictional 0812-0000-xxxx block and the database is marked as demo data.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

import sqlite_utils

from desk_assistant.domain.calendar import LibraryCalendar
from desk_assistant.domain.clock import Clock
from desk_assistant.domain.followup import (
    FAILED_ATTEMPTS,
    MATERIAL_REASONS,
    Attempt,
    Channel,
    Status,
    reference_code,
)
from desk_assistant.domain.vocabulary import Need, Outcome, Segment
from desk_assistant.errors import DeskAssistantError
from desk_assistant.storage import bulk
from desk_assistant.storage.app_state import AppState
from desk_assistant.storage.database import storage_errors

DEMO_KEY = "demo_data"
BATCH = 20_000

FIRST_NAMES = (
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Rina",
    "Andi",
    "Sri",
    "Joko",
    "Putri",
    "Rizky",
    "Ayu",
    "Bambang",
    "Wulan",
    "Fajar",
    "Indah",
    "Hendra",
    "Nur",
    "Yusuf",
    "Lestari",
    "Dian",
    "Eko",
    "Fitri",
    "Gilang",
    "Hana",
    "Irfan",
    "Kartika",
    "Made",
    "Nyoman",
    "Ratna",
    "Teguh",
)
LAST_NAMES = (
    "Santoso",
    "Wijaya",
    "Lestari",
    "Pratama",
    "Saputra",
    "Hidayat",
    "Kurniawan",
    "Sari",
    "Nugroho",
    "Purnama",
    "Halim",
    "Siregar",
    "Nasution",
    "Wibowo",
    "Utami",
    "Gunawan",
    "Setiawan",
    "Rahmawati",
    "Susanto",
    "Permana",
)
TITLES = (
    ("Laskar Pelangi", "Andrea Hirata"),
    ("Bumi Manusia", "Pramoedya Ananta Toer"),
    ("Ronggeng Dukuh Paruk", "Ahmad Tohari"),
    ("Cantik Itu Luka", "Eka Kurniawan"),
    ("Laut Bercerita", "Leila S. Chudori"),
    ("Negeri 5 Menara", "Ahmad Fuadi"),
    ("Ayat-Ayat Cinta", "Habiburrahman El Shirazy"),
    ("Perahu Kertas", "Dee Lestari"),
    ("Pulang", "Tere Liye"),
    ("Sang Pemimpi", "Andrea Hirata"),
    ("Saman", "Ayu Utami"),
    ("Gadis Kretek", "Ratih Kumala"),
    ("Filosofi Kopi", "Dee Lestari"),
    ("Atheis", "Achdiat K. Mihardja"),
    ("Siti Nurbaya", "Marah Rusli"),
    ("Pengantar Ilmu Perpustakaan", "Sulistyo-Basuki"),
    ("Kalkulus Jilid 1", "Purcell"),
    ("Sejarah Indonesia Modern", "M.C. Ricklefs"),
    ("Atlas Indonesia", ""),
    ("Kamus Besar Bahasa Indonesia", ""),
)
STAFF = ("SW", "AR", "Dewi", "Pak Hadi", "RN", "Maya")
DESKS = ("Meja Sirkulasi 1", "Meja Sirkulasi 2", "Meja Referensi")
OPTIONS = ("hold", "interlibrary_loan", "purchase", "alternative", "refer", "call_back")
FOLLOW_OPTIONS = ("hold", "interlibrary_loan", "purchase", "call_back")
# The calendar promised dates are counted on (weekdays, Indonesia's holidays).
CALENDAR = LibraryCalendar()
# How often a desk explains each option to a patron whose material is not available.
EXPLAINED = {
    "hold": 0.85,
    "interlibrary_loan": 0.45,
    "purchase": 0.35,
    "alternative": 0.6,
    "refer": 0.2,
    "call_back": 0.5,
}

NEEDS = (
    (Need.BORROW, 30),
    (Need.RETURN, 25),
    (Need.RENEW, 10),
    (Need.FIND, 15),
    (Need.INFORMATION, 12),
    (Need.MEMBERSHIP, 3),
    (Need.COMPLAINT, 2),
    (Need.OTHER, 3),
)
PATHS = {
    Need.BORROW: ["borrow", "borrow_due"],
    Need.RETURN: ["return"],
    Need.RENEW: ["renew"],
    Need.FIND: ["find", "find_available"],
    Need.INFORMATION: ["information"],
    Need.MEMBERSHIP: ["membership"],
    Need.COMPLAINT: [
        "complaint_listen",
        "complaint_apologise",
        "complaint_solution",
        "complaint_record",
    ],
    Need.OTHER: ["other"],
}
SEGMENTS = (
    (Segment.GENERAL, 40),
    (Segment.STUDENT, 35),
    (Segment.CHILD, 8),
    (Segment.RESEARCHER, 7),
    (Segment.ELDERLY, 8),
    (Segment.DISABILITY, 2),
)
# Patrons per opening hour (08–16): a late-morning and an early-afternoon peak.
HOURS = ((8, 6), (9, 10), (10, 15), (11, 14), (12, 8), (13, 13), (14, 12), (15, 8))
# Relative traffic Monday … Saturday; Sunday closed.
WEEKDAYS = (12, 9, 9, 9, 8, 10, 0)
PER_DAY = 300


@dataclass(frozen=True)
class DemoSummary:
    interactions: int
    followups: int
    days: int


def _weighted(rng: random.Random, table: tuple[tuple[object, int], ...]) -> object:
    return rng.choices([item for item, _ in table], [weight for _, weight in table])[0]


def has_real_records(db: sqlite_utils.Database) -> bool:
    if AppState(db).get(DEMO_KEY) == "1":
        return False
    return bulk.has_records(db)


def _open_days(today: date, count: int) -> list[date]:
    days: list[date] = []
    day = today
    while len(days) < count:
        if WEEKDAYS[day.weekday()]:
            days.append(day)
        day -= timedelta(days=1)
    days.reverse()
    return days


def generate(
    db: sqlite_utils.Database,
    interactions: int,
    followups: int,
    seed: int = 1,
    today: date | None = None,
    tz: timezone | None = None,
    now: datetime | None = None,
) -> DemoSummary:
    """Write ``interactions`` and ``followups`` of demo history ending ``today``; nothing
    ends after ``now`` (the demo's last day is today's past hours, never its future)."""
    if has_real_records(db):
        raise DeskAssistantError("demo.real_data")
    rng = random.Random(seed)
    today = today or date.today()
    tz = tz or timezone(timedelta(hours=7))  # WIB
    state = AppState(db)
    state.set(DEMO_KEY, "1")
    days = _open_days(today, max(1, math.ceil(interactions / PER_DAY)))
    # Enough "not available" answers for the follow-ups asked for, so that a period's
    # report promises no more follow-ups than its patrons left with a next step.
    find_share = dict(NEEDS)[Need.FIND] / sum(weight for _, weight in NEEDS)
    wanted = followups * 1.6 / max(1.0, interactions * find_share)
    unavailable_rate = min(0.9, max(0.35, wanted))
    with storage_errors():
        _write_interactions(db, rng, interactions, days, tz, unavailable_rate, now)
        _write_followups(db, rng, followups, days, today, tz, state)
        _write_feedback(db, rng, days)
    return DemoSummary(interactions, followups, len(days))


def _interaction_rows(
    rng: random.Random,
    count: int,
    days: list[date],
    tz: timezone,
    unavailable_rate: float,
    now: datetime | None = None,
) -> Iterator[tuple[tuple[object, ...], list[tuple[str, int]]]]:
    weights = [WEEKDAYS[day.weekday()] for day in days]
    total_weight = sum(weights)
    produced = 0
    cumulative = 0
    for index, day in enumerate(days):
        # Cumulative rounding: the days add up to exactly ``count``.
        cumulative += weights[index]
        todays = round(count * cumulative / total_weight) - produced
        for _ in range(max(0, todays)):
            hour = int(_weighted(rng, HOURS))  # type: ignore[call-overload]
            start = datetime.combine(day, time(hour, rng.randrange(60), rng.randrange(60)), tz)
            need = _weighted(rng, NEEDS)
            assert isinstance(need, Need)
            path = list(PATHS[need])
            unavailable = False
            next_step: int | None = None
            options: list[tuple[str, int]] = []
            outcome = Outcome.COMPLAINT_RECORDED if need is Need.COMPLAINT else Outcome.SERVED
            if need is Need.FIND and rng.random() < unavailable_rate:
                unavailable = True
                path = ["find", "find_unavailable"]
                declined = rng.random() < 0.05
                chosen = set() if declined else set(rng.sample(OPTIONS, rng.choice((1, 1, 2))))
                # Not every option is explained to every patron: each is, as often as
                # desks tend to mention it (the chosen ones always).
                options = [
                    (option, int(option in chosen))
                    for option in OPTIONS
                    if option in chosen or rng.random() < EXPLAINED.get(option, 0.5)
                ]
                next_step = 0 if declined else 1
                outcome = Outcome.DECLINED_OPTIONS if declined else Outcome.NEXT_STEP_GIVEN
            abandoned = rng.random() < 0.02
            if abandoned:
                outcome = Outcome.ABANDONED
            duration = min(1800.0, rng.lognormvariate(4.3, 0.6))
            steps = ["greet", "card", "card_thanks", "need", *path]
            if not abandoned:
                steps += ["close", "farewell"]
            segment = _weighted(rng, SEGMENTS)
            assert isinstance(segment, Segment)
            if now is not None and start + timedelta(seconds=round(duration)) > now:
                # Today's patrons came in the hours already past.
                back = round(duration) + rng.randrange(60, 3600)
                start = now.astimezone(tz) - timedelta(seconds=back)
            row = (
                None,
                start.isoformat(),
                (start + timedelta(seconds=round(duration))).isoformat(),
                round(duration, 1),
                rng.choice(DESKS),
                rng.choice(STAFF),
                "layanan-prima",
                1,
                "id" if rng.random() < 0.93 else "en",
                segment.value,
                need.value,
                json.dumps([need.value]),
                json.dumps(steps),
                outcome.value,
                int(unavailable),
                next_step,
            )
            produced += 1
            yield row, options


def _write_interactions(
    db: sqlite_utils.Database,
    rng: random.Random,
    count: int,
    days: list[date],
    tz: timezone,
    unavailable_rate: float = 0.35,
    now: datetime | None = None,
) -> None:
    next_id = bulk.next_id(db, "interactions")
    rows: list[tuple[object, ...]] = []
    option_rows: list[tuple[int, str, int]] = []

    def flush() -> None:
        bulk.insert_interactions(db, rows, option_rows)
        rows.clear()
        option_rows.clear()

    for row, options in _interaction_rows(rng, count, days, tz, unavailable_rate, now):
        rows.append((next_id, *row))
        option_rows.extend((next_id, option, chosen) for option, chosen in options)
        next_id += 1
        if len(rows) >= BATCH:
            flush()
    if rows:
        flush()


def _write_followups(
    db: sqlite_utils.Database,
    rng: random.Random,
    count: int,
    days: list[date],
    today: date,
    tz: timezone,
    state: AppState,
) -> None:
    if count <= 0:
        return
    sequence = bulk.code_sequence(db)
    next_id = bulk.next_id(db, "followups")
    rows: list[tuple[object, ...]] = []
    events: list[tuple[object, ...]] = []
    # Follow-ups are spread over the same days as the interactions; the open queue is the
    # recent ones (due from today on) and the few still overdue.

    def flush(next_sequence: int) -> None:
        bulk.insert_followups(db, rows, events, next_sequence)
        rows.clear()
        events.clear()

    for _ in range(count):
        day = rng.choice(days)
        created = datetime.combine(
            day, time(rng.randrange(8, 16), rng.randrange(60), rng.randrange(60)), tz
        )
        due = CALENDAR.add_open_days(day, 2)
        if due < today:
            # Past its promised date: nearly always kept by now; a few still overdue.
            status = rng.choices(
                [
                    Status.RESOLVED,
                    Status.CANCELLED,
                    Status.UNREACHABLE,
                    Status.IN_PROGRESS,
                    Status.OPEN,
                ],
                [82, 6, 6, 4, 2] if (today - due).days < 30 else [86, 7, 7, 0, 0],
            )[0]
        else:
            status = rng.choices([Status.OPEN, Status.IN_PROGRESS, Status.RESOLVED], [50, 35, 15])[
                0
            ]
        title, author = rng.choice(TITLES)
        chosen = rng.sample(FOLLOW_OPTIONS, rng.choice((1, 1, 2)))
        consent = rng.random() < 0.9
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" if consent else None
        channel = (
            rng.choice(
                (Channel.WHATSAPP, Channel.WHATSAPP, Channel.PHONE, Channel.SMS, Channel.EMAIL)
            )
            if consent
            else None
        )
        phone = f"+628120000{rng.randrange(10000):04d}" if consent else None
        email = (
            f"{name.split()[0].lower()}.{rng.randrange(1000)}@contoh.id"
            if consent and name and channel is Channel.EMAIL
            else None
        )
        followup_id = next_id
        next_id += 1
        attempts: list[tuple[datetime, Attempt]] = []
        if status is not Status.OPEN:
            moment = created + timedelta(hours=rng.randrange(2, 48))
            for _ in range(rng.choice((1, 1, 2, 3, 4)) if consent else 0):
                outcome = rng.choices(
                    [
                        Attempt.CALLED_REACHED,
                        Attempt.CALLED_NO_ANSWER,
                        Attempt.WHATSAPP_SENT,
                        Attempt.CALLED_LEFT_MESSAGE,
                        Attempt.CALLED_WRONG_NUMBER,
                    ],
                    [40, 30, 20, 7, 3],
                )[0]
                attempts.append((moment, outcome))
                moment += timedelta(hours=rng.randrange(3, 30))
        closed_at = None
        last = attempts[-1][0] if attempts else created
        if status in (Status.RESOLVED, Status.CANCELLED, Status.UNREACHABLE):
            closed_at = last + timedelta(hours=rng.randrange(1, 72))
        failed = sum(1 for _, a in attempts if a in FAILED_ATTEMPTS)
        staff = rng.choice(STAFF)
        rows.append(
            (
                followup_id,
                reference_code(sequence),
                created.isoformat(),
                due.isoformat(),
                status.value,
                rng.choice(DESKS),
                staff,
                rng.choice(MATERIAL_REASONS).value,
                title,
                author,
                f"{rng.randrange(100, 999)} {title[:3].upper()} {chr(97 + rng.randrange(26))}",
                json.dumps(chosen),
                int(consent),
                name,
                phone,
                1 if phone else None,
                email,
                channel.value if channel else None,
                "id" if rng.random() < 0.93 else "en",
                (closed_at or last).isoformat(),
                closed_at.isoformat() if closed_at else None,
                len(attempts),
                failed,
                attempts[0][0].isoformat() if attempts else None,
                attempts[-1][0].isoformat() if attempts else None,
                f"0812-0000-{phone[-4:]}" if phone else None,
            )
        )
        sequence += 1
        detail = json.dumps({"options": chosen, "consent": consent})
        events.append((followup_id, created.isoformat(), staff, "created", detail))
        for moment, attempt in attempts:
            events.append(
                (
                    followup_id,
                    moment.isoformat(),
                    staff,
                    "attempt",
                    json.dumps({"attempt": attempt.value, "note": ""}),
                )
            )
        if closed_at is not None:
            events.append(
                (
                    followup_id,
                    closed_at.isoformat(),
                    staff,
                    "status",
                    json.dumps({"from": "in_progress", "to": status.value, "reason": "demo"}),
                )
            )
        if len(rows) >= BATCH:
            flush(sequence)
    if rows:
        flush(sequence)


# Ratings at the close (1-4; 0: no answer), by how the service ended: most patrons are
# content, fewer when the material was not there or they complained.
RATINGS = {
    "served": ((4, 52), (3, 30), (2, 5), (1, 1), (0, 12)),
    "next_step_given": ((4, 38), (3, 38), (2, 10), (1, 2), (0, 12)),
    "referred": ((4, 35), (3, 40), (2, 10), (1, 2), (0, 13)),
    "declined_options": ((4, 15), (3, 35), (2, 25), (1, 10), (0, 15)),
    "complaint_recorded": ((4, 10), (3, 30), (2, 30), (1, 15), (0, 15)),
}
# An SKM survey over the last days: each element's answers (1-4) with its own leaning, the
# waiting time and the facilities weakest, the staff's behaviour strongest.
SKM_LEANING = (
    ((4, 30), (3, 60), (2, 9), (1, 1)),  # requirements
    ((4, 28), (3, 60), (2, 10), (1, 2)),  # procedures
    ((4, 18), (3, 55), (2, 22), (1, 5)),  # completion time
    ((4, 75), (3, 22), (2, 2), (1, 1)),  # cost (the library is free)
    ((4, 25), (3, 62), (2, 11), (1, 2)),  # product
    ((4, 40), (3, 55), (2, 4), (1, 1)),  # competence
    ((4, 55), (3, 42), (2, 2), (1, 1)),  # behaviour
    ((4, 20), (3, 55), (2, 20), (1, 5)),  # complaints handling
    ((4, 15), (3, 55), (2, 25), (1, 5)),  # facilities
)
# Who answers a public library's survey: more students and school leavers than anyone,
# few with a doctorate or in uniform (keys of domain.skm's profile choices).
SKM_PROFILE_LEANING = (
    (("f", 55), ("m", 45)),
    (("under_18", 22), ("18_25", 33), ("26_40", 22), ("41_60", 15), ("over_60", 8)),
    (("sd", 8), ("smp", 16), ("sma", 36), ("diploma", 9), ("s1", 24), ("s2", 6), ("s3", 1)),
    (("student", 44), ("private", 15), ("self_employed", 12), ("pns", 9), ("tni", 2),
     ("polri", 2), ("other", 16)),
)  # fmt: skip
SKM_SUGGESTIONS = (
    "Mohon jam buka diperpanjang sampai sore.",
    "Kursi di ruang baca kurang, sering penuh saat jam makan siang.",
    "Koleksi novel terbaru perlu ditambah.",
    "Wi-Fi sering terputus di lantai dua.",
    "Petugas ramah dan membantu, terima kasih.",
    "Antrean di meja sirkulasi lama pada hari Sabtu.",
    "Tambah colokan listrik di ruang baca.",
)
SKM_DAYS = 20  # the survey runs over the demo's last open days


def _write_feedback(db: sqlite_utils.Database, rng: random.Random, days: list[date]) -> None:
    """Ratings for most finished interactions, and an SKM survey over the last days."""
    ratings: list[tuple[object, ...]] = []
    staff: dict[tuple[str, str], list[int]] = {}
    for day_text, hour, desk, person, need, outcome, segment, language in bulk.served(db):
        rating = int(_weighted(rng, RATINGS.get(outcome, RATINGS["served"])))  # type: ignore[call-overload]
        ratings.append((day_text, hour, desk, need, outcome, segment, language, rating))
        totals = staff.setdefault((day_text[:7], person), [0, 0, 0])
        totals[0] += 1
        totals[1] += int(rating > 0)
        totals[2] += rating
        if len(ratings) >= BATCH:
            bulk.insert_ratings(db, ratings)
            ratings.clear()
    bulk.insert_ratings(db, ratings)
    bulk.insert_staff_months(db, [(m, p, *totals) for (m, p), totals in staff.items()])
    survey_days = days[-SKM_DAYS:]
    start = datetime.combine(survey_days[0], datetime.min.time()).replace(hour=8)
    desks = bulk.desks(db) or ["Meja 1"]
    served = bulk.served_since(db, survey_days[0])
    respondents = max(5, min(400, int(served * 0.08)))
    rows = []
    for _ in range(respondents):
        answers = [
            int(_weighted(rng, leaning))  # type: ignore[call-overload]
            if rng.random() > 0.03 else None  # now and then a question left out
            for leaning in SKM_LEANING
        ]  # fmt: skip
        profile = [
            _weighted(rng, leaning) if rng.random() > 0.15 else None
            for leaning in SKM_PROFILE_LEANING
        ]
        suggestion = rng.choice(SKM_SUGGESTIONS) if rng.random() < 0.2 else ""
        rows.append(
            (rng.choice(survey_days).isoformat(), rng.choice(desks), *answers, *profile,
             suggestion)
        )  # fmt: skip
    bulk.insert_skm_period(db, start.isoformat(), "Kepala (demo)", rows)


class DemoService:
    """Demo history for training and for trying the reports (refused on real records)."""

    def __init__(self, db: sqlite_utils.Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock

    def generate(
        self, interactions: int, followups: int, seed: int = 1, today: date | None = None
    ) -> DemoSummary:
        now = self.clock() if self.clock is not None else None
        if today is None and now is not None:
            today = now.date()
        return generate(self._db, interactions, followups, seed, today, now=now)
