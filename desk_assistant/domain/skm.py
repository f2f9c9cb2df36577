"""The Survei Kepuasan Masyarakat (SKM), as Indonesian public services must run it.

Source: Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14
Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara
Pelayanan Publik ("PermenPANRB 14/2017"), Lampiran:

- the nine elements (*unsur*) of Bab II, in the regulation's order (U1-U9) and the
  wording of its sample questionnaire, each answered on its four-point scale (1-4);
- the index of Bab III: the average of each element (*nilai rata-rata*, NRR) over the
  answers given, each weighted alike (1/9), summed into the unit's index on 1-4 and
  converted to 25-100 by multiplying by 25;
- the table of Bab III that maps the index to the quality of service (*mutu pelayanan*,
  A-D) and the unit's performance (*kinerja unit pelayanan*);
- the sample size: the Krejcie and Morgan table the regulation refers to (Bab II), the
  sample needed for a population of patrons served in the period.

Nothing here knows about storage or screens: answers in, figures out.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desk_assistant.i18n import QT_TRANSLATE_NOOP


class Element(StrEnum):
    """The nine elements of PermenPANRB 14/2017, Lampiran Bab II, in its order."""

    REQUIREMENTS = "u1_requirements"  # Persyaratan
    PROCEDURES = "u2_procedures"  # Sistem, mekanisme, dan prosedur
    COMPLETION_TIME = "u3_completion_time"  # Waktu penyelesaian
    COST = "u4_cost"  # Biaya/tarif
    PRODUCT = "u5_product"  # Produk spesifikasi jenis pelayanan
    COMPETENCE = "u6_competence"  # Kompetensi pelaksana
    BEHAVIOUR = "u7_behaviour"  # Perilaku pelaksana
    COMPLAINTS = "u8_complaints"  # Penanganan pengaduan, saran dan masukan
    FACILITIES = "u9_facilities"  # Sarana dan prasarana


ELEMENTS: tuple[Element, ...] = tuple(Element)


@dataclass(frozen=True)
class Question:
    element: Element
    name: str  # the element's name
    question: str  # as the sample questionnaire asks it
    answers: tuple[str, str, str, str]  # for 1, 2, 3, 4


# The wording of the regulation's sample questionnaire (in English here; the Indonesian, as
# the regulation writes it, is in the catalog). Marked for translation in context "Skm".
QUESTIONS: tuple[Question, ...] = (
    Question(
        Element.REQUIREMENTS,
        QT_TRANSLATE_NOOP("Skm", "Requirements"),
        QT_TRANSLATE_NOOP(
            "Skm", "How well do the requirements for the service suit the kind of service?"
        ),
        (
            QT_TRANSLATE_NOOP("Skm", "Not suitable"),
            QT_TRANSLATE_NOOP("Skm", "Less suitable"),
            QT_TRANSLATE_NOOP("Skm", "Suitable"),
            QT_TRANSLATE_NOOP("Skm", "Very suitable"),
        ),
    ),
    Question(
        Element.PROCEDURES,
        QT_TRANSLATE_NOOP("Skm", "Systems, mechanisms and procedures"),
        QT_TRANSLATE_NOOP("Skm", "How easy are the service's procedures here?"),
        (
            QT_TRANSLATE_NOOP("Skm", "Not easy"),
            QT_TRANSLATE_NOOP("Skm", "Less easy"),
            QT_TRANSLATE_NOOP("Skm", "Easy"),
            QT_TRANSLATE_NOOP("Skm", "Very easy"),
        ),
    ),
    Question(
        Element.COMPLETION_TIME,
        QT_TRANSLATE_NOOP("Skm", "Completion time"),
        QT_TRANSLATE_NOOP("Skm", "How fast was the service given?"),
        (
            QT_TRANSLATE_NOOP("Skm", "Not fast"),
            QT_TRANSLATE_NOOP("Skm", "Less fast"),
            QT_TRANSLATE_NOOP("Skm", "Fast"),
            QT_TRANSLATE_NOOP("Skm", "Very fast"),
        ),
    ),
    Question(
        Element.COST,
        QT_TRANSLATE_NOOP("Skm", "Cost"),
        QT_TRANSLATE_NOOP("Skm", "How fair is the cost of the service?"),
        (
            QT_TRANSLATE_NOOP("Skm", "Very expensive"),
            QT_TRANSLATE_NOOP("Skm", "Rather expensive"),
            QT_TRANSLATE_NOOP("Skm", "Cheap"),
            QT_TRANSLATE_NOOP("Skm", "Free"),
        ),
    ),
    Question(
        Element.PRODUCT,
        QT_TRANSLATE_NOOP("Skm", "Product specification"),
        QT_TRANSLATE_NOOP(
            "Skm", "Does what you received match what the service standard promises?"
        ),
        (
            QT_TRANSLATE_NOOP("Skm", "Does not match"),
            QT_TRANSLATE_NOOP("Skm", "Matches poorly"),
            QT_TRANSLATE_NOOP("Skm", "Matches"),
            QT_TRANSLATE_NOOP("Skm", "Matches fully"),
        ),
    ),
    Question(
        Element.COMPETENCE,
        QT_TRANSLATE_NOOP("Skm", "Staff competence"),
        QT_TRANSLATE_NOOP("Skm", "How competent were the staff who served you?"),
        (
            QT_TRANSLATE_NOOP("Skm", "Not competent"),
            QT_TRANSLATE_NOOP("Skm", "Less competent"),
            QT_TRANSLATE_NOOP("Skm", "Competent"),
            QT_TRANSLATE_NOOP("Skm", "Very competent"),
        ),
    ),
    Question(
        Element.BEHAVIOUR,
        QT_TRANSLATE_NOOP("Skm", "Staff behaviour"),
        QT_TRANSLATE_NOOP("Skm", "How polite and friendly were the staff?"),
        (
            QT_TRANSLATE_NOOP("Skm", "Not polite and friendly"),
            QT_TRANSLATE_NOOP("Skm", "Less polite and friendly"),
            QT_TRANSLATE_NOOP("Skm", "Polite and friendly"),
            QT_TRANSLATE_NOOP("Skm", "Very polite and friendly"),
        ),
    ),
    Question(
        Element.COMPLAINTS,
        QT_TRANSLATE_NOOP("Skm", "Handling of complaints, suggestions and input"),
        QT_TRANSLATE_NOOP("Skm", "How are complaints from people served handled?"),
        (
            QT_TRANSLATE_NOOP("Skm", "There is no way to complain"),
            QT_TRANSLATE_NOOP("Skm", "There is one, but it does not work"),
            QT_TRANSLATE_NOOP("Skm", "It works, not fully"),
            QT_TRANSLATE_NOOP("Skm", "Handled well"),
        ),
    ),
    Question(
        Element.FACILITIES,
        QT_TRANSLATE_NOOP("Skm", "Facilities"),
        QT_TRANSLATE_NOOP("Skm", "What is the quality of the facilities?"),
        (
            QT_TRANSLATE_NOOP("Skm", "Poor"),
            QT_TRANSLATE_NOOP("Skm", "Fair"),
            QT_TRANSLATE_NOOP("Skm", "Good"),
            QT_TRANSLATE_NOOP("Skm", "Very good"),
        ),
    ),
)
QUESTION_OF: dict[Element, Question] = {q.element: q for q in QUESTIONS}

# Bab III: "bobot nilai rata-rata tertimbang = jumlah bobot / jumlah unsur = 1/X": each
# element weighs the same, 1 / (number of elements assessed); with nine, 1/9, which the
# annex's processing table writes to three places as 0,111. The index is computed with the
# fraction itself (0,111 x 9 = 0,999 would put a unit rated 4 by everyone at 99,90, not 100).
CONVERSION = 25  # the index on 1-4 times 25: the index on 25-100


def weight(assessed: int) -> float:
    """The weight of each element when ``assessed`` elements were answered (Bab III, 1/X)."""
    return 1 / assessed if assessed else 0.0


@dataclass(frozen=True)
class Grade:
    """A row of Bab III's table: the index's intervals, the quality, the performance."""

    perception: int  # nilai persepsi
    low: float  # nilai interval (1-4), from
    low_converted: float  # nilai interval konversi (25-100), from
    letter: str  # mutu pelayanan
    performance: str  # kinerja unit pelayanan


# PermenPANRB 14/2017, Lampiran Bab III, "Nilai persepsi, interval, interval konversi, mutu
# pelayanan dan kinerja unit pelayanan": 1.00-2.5996 / 25.00-64.99 D tidak baik;
# 2.60-3.064 / 65.00-76.60 C kurang baik; 3.0644-3.532 / 76.61-88.30 B baik;
# 3.5324-4.00 / 88.31-100.00 A sangat baik.
GRADES: tuple[Grade, ...] = (
    Grade(1, 1.00, 25.00, "D", QT_TRANSLATE_NOOP("Skm", "Not good")),
    Grade(2, 2.60, 65.00, "C", QT_TRANSLATE_NOOP("Skm", "Less good")),
    Grade(3, 3.0644, 76.61, "B", QT_TRANSLATE_NOOP("Skm", "Good")),
    Grade(4, 3.5324, 88.31, "A", QT_TRANSLATE_NOOP("Skm", "Very good")),
)


def grade_of(converted: float) -> Grade:
    """The quality for an index on 25-100 (the converted intervals, rounded to 2 places as
    the table writes them)."""
    value = round(converted, 2)
    found = GRADES[0]
    for grade in GRADES:
        if value >= grade.low_converted:
            found = grade
    return found


def element_grade(average: float) -> Grade:
    """The quality of one element's average on 1-4 (the table's first intervals)."""
    value = round(average, 4)
    found = GRADES[0]
    for grade in GRADES:
        if value >= grade.low:
            found = grade
    return found


# Krejcie and Morgan (1970), "Determining sample size for research activities", the table
# PermenPANRB 14/2017 (Lampiran Bab II, "Teknik penarikan sampel") refers to: population N
# and the sample S it needs (95 % confidence, 5 % margin).
KREJCIE_MORGAN: tuple[tuple[int, int], ...] = (
    (10, 10), (15, 14), (20, 19), (25, 24), (30, 28), (35, 32), (40, 36), (45, 40),
    (50, 44), (55, 48), (60, 52), (65, 56), (70, 59), (75, 63), (80, 66), (85, 70),
    (90, 73), (95, 76), (100, 80), (110, 86), (120, 92), (130, 97), (140, 103),
    (150, 108), (160, 113), (170, 118), (180, 123), (190, 127), (200, 132), (210, 136),
    (220, 140), (230, 144), (240, 148), (250, 152), (260, 155), (270, 159), (280, 162),
    (290, 165), (300, 169), (320, 175), (340, 181), (360, 186), (380, 191), (400, 196),
    (420, 201), (440, 205), (460, 210), (480, 214), (500, 217), (550, 226), (600, 234),
    (650, 242), (700, 248), (750, 254), (800, 260), (850, 265), (900, 269), (950, 274),
    (1000, 278), (1100, 285), (1200, 291), (1300, 297), (1400, 302), (1500, 306),
    (1600, 310), (1700, 313), (1800, 317), (1900, 320), (2000, 322), (2200, 327),
    (2400, 331), (2600, 335), (2800, 338), (3000, 341), (3500, 346), (4000, 351),
    (4500, 354), (5000, 357), (6000, 361), (7000, 364), (8000, 367), (9000, 368),
    (10000, 370), (15000, 375), (20000, 377), (30000, 379), (40000, 380), (50000, 381),
    (75000, 382), (1000000, 384),
)  # fmt: skip
_POPULATIONS = [population for population, _ in KREJCIE_MORGAN]


def sample_needed(population: int) -> int:
    """The respondents a survey needs for ``population`` patrons served: the table's row
    for that population, else the next larger one (never fewer than the table asks); all
    of them below the first row; the table's last row beyond it."""
    if population <= 0:
        return 0
    if population < _POPULATIONS[0]:
        return population
    index = bisect.bisect_left(_POPULATIONS, population)
    return KREJCIE_MORGAN[min(index, len(KREJCIE_MORGAN) - 1)][1]


@dataclass(frozen=True)
class ElementResult:
    element: Element
    answered: int  # respondents who answered it
    average: float  # NRR on 1-4 (0 when none answered)
    weighted: float  # NRR x weight
    grade: Grade


@dataclass(frozen=True)
class SkmResult:
    respondents: int
    elements: tuple[ElementResult, ...]
    index: float  # on 1-4: the sum of the weighted averages
    converted: float  # on 25-100
    grade: Grade
    suggestions: tuple[str, ...] = field(default=())

    def weakest_first(self) -> list[ElementResult]:
        return sorted(
            (e for e in self.elements if e.answered),
            key=lambda e: (e.average, ELEMENTS.index(e.element)),
        )


def compute(answers: Iterable[Mapping[Element, int]], suggestions: Iterable[str] = ()) -> SkmResult:
    """The SKM of a set of respondents' answers (each a value 1-4 per element answered;
    an element left out is not counted in its average), as Bab III computes it."""
    totals = dict.fromkeys(ELEMENTS, 0)
    counts = dict.fromkeys(ELEMENTS, 0)
    respondents = 0
    for answer in answers:
        respondents += 1
        for element, value in answer.items():
            if not 1 <= int(value) <= 4:
                raise ValueError(f"an SKM answer is 1 to 4, not {value!r}")
            totals[element] += int(value)
            counts[element] += 1
    # Elements nobody answered are left out; the others share the weight (Bab III divides
    # by "total unsur yang terisi", the elements answered).
    each = weight(sum(1 for element in ELEMENTS if counts[element]))
    results = []
    for element in ELEMENTS:
        average = totals[element] / counts[element] if counts[element] else 0.0
        results.append(
            ElementResult(element, counts[element], average, average * each,
                          element_grade(average) if counts[element] else GRADES[0])
        )  # fmt: skip
    answered = [r for r in results if r.answered]
    # The index is the sum of the weighted averages ("*)" in the annex's processing table).
    index = math.fsum(r.weighted for r in answered)
    converted = index * CONVERSION
    return SkmResult(
        respondents,
        tuple(results),
        index,
        converted,
        grade_of(converted) if answered else GRADES[0],
        tuple(s for s in suggestions if s.strip()),
    )


@dataclass(frozen=True)
class SkmReport:
    """The SKM of a period: its index, the patrons served in it and the sample they need."""

    since: date
    until: date
    result: SkmResult
    population: int  # patrons served in the period (abandoned ones not counted)
    sample_needed: int
    profiles: dict[tuple[str, str], int] = field(default_factory=dict)  # (field, value): n
    made_at: datetime | None = None
    # Each respondent's answers, in the order given (no day, desk or profile beside them):
    # the rows of the annex's processing table.
    answers: tuple[Mapping[Element, int], ...] = ()

    @property
    def shortfall(self) -> int:
        return max(0, self.sample_needed - self.result.respondents)


# The respondent's profile, as the regulation's sample questionnaire asks it; every field
# optional.
SEXES = {"m": QT_TRANSLATE_NOOP("Skm", "Male"), "f": QT_TRANSLATE_NOOP("Skm", "Female")}
EDUCATION = {
    "sd": QT_TRANSLATE_NOOP("Skm", "Primary school (SD)"),
    "smp": QT_TRANSLATE_NOOP("Skm", "Junior secondary (SMP)"),
    "sma": QT_TRANSLATE_NOOP("Skm", "Senior secondary (SMA)"),
    "diploma": QT_TRANSLATE_NOOP("Skm", "Diploma (D1-D4)"),
    "s1": QT_TRANSLATE_NOOP("Skm", "Bachelor (S1)"),
    "s2": QT_TRANSLATE_NOOP("Skm", "Master (S2)"),
    "s3": QT_TRANSLATE_NOOP("Skm", "Doctorate (S3)"),
}
OCCUPATIONS = {
    "pns": QT_TRANSLATE_NOOP("Skm", "Civil servant (PNS)"),
    "tni": QT_TRANSLATE_NOOP("Skm", "Armed forces (TNI)"),
    "polri": QT_TRANSLATE_NOOP("Skm", "Police (POLRI)"),
    "private": QT_TRANSLATE_NOOP("Skm", "Private employee"),
    "self_employed": QT_TRANSLATE_NOOP("Skm", "Self-employed"),
    "student": QT_TRANSLATE_NOOP("Skm", "Student"),
    "other": QT_TRANSLATE_NOOP("Skm", "Other"),
}
AGE_BANDS = {
    "under_18": QT_TRANSLATE_NOOP("Skm", "Under 18"),
    "18_25": QT_TRANSLATE_NOOP("Skm", "18-25"),
    "26_40": QT_TRANSLATE_NOOP("Skm", "26-40"),
    "41_60": QT_TRANSLATE_NOOP("Skm", "41-60"),
    "over_60": QT_TRANSLATE_NOOP("Skm", "Over 60"),
}
PROFILE_FIELDS: dict[str, tuple[str, dict[str, str]]] = {
    "sex": (QT_TRANSLATE_NOOP("Skm", "Sex"), SEXES),
    "age_band": (QT_TRANSLATE_NOOP("Skm", "Age"), AGE_BANDS),
    "education": (QT_TRANSLATE_NOOP("Skm", "Education"), EDUCATION),
    "occupation": (QT_TRANSLATE_NOOP("Skm", "Occupation"), OCCUPATIONS),
}
