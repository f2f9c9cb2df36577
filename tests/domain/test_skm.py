"""The SKM index, its quality category and the sample size, as PermenPANRB 14/2017 says."""

from __future__ import annotations

import pytest

from desk_assistant.domain.skm import (
    ELEMENTS,
    KREJCIE_MORGAN,
    QUESTIONS,
    Element,
    compute,
    element_grade,
    grade_of,
    sample_needed,
)

# A hand-worked example laid out as the annex of PermenPANRB 14/2017 processes a survey
# ("pengolahan data survei kepuasan masyarakat per responden dan per unsur layanan"): ten
# questionnaires, a row each, a column per element U1-U9, answers on the scale 1-4.
#
#   respondent   U1   U2   U3   U4   U5   U6   U7   U8   U9
#   1             4    4    3    4    4    4    4    3    4
#   2             4    4    3    4    3    4    4    3    4
#   3             3    4    3    4    3    4    4    3    3
#   4             3    3    3    4    3    4    4    2    3
#   5             3    3    2    4    3    4    4    2    3
#   6             3    3    2    4    3    3    4    2    3
#   7             3    3    2    4    3    3    4    2    3
#   8             3    3    2    4    3    3    3    2    3
#   9             2    3    2    4    3    3    3    2    3
#   10            2    3    2    4    3    3    3    2    3
#   total        30   33   24   40   31   35   37   23   32      (sum 285)
#   NRR        3,00 3,30 2,40 4,00 3,10 3,50 3,70 2,30 3,20      total / 10 questionnaires
#   NRR x 1/9 .3333 .3667 .2667 .4444 .3444 .3889 .4111 .2556 .3556
#
#   *)  sum of the weighted NRR = 28,50 / 9 = 3,1667
#   **) index of the unit       = 3,1667 x 25 = 79,17  ->  76,61-88,30: B, "baik"
#
# The annex's table writes the weight as 0,111: 28,50 x 0,111 = 3,1635, x 25 = 79,09, the
# same B. The program weighs with 1/9 itself, as the annex's formula (1/X) says: with 0,111
# a unit everyone rated 4 would score 99,90 instead of 100.
#
# Each element on the table's 1-4 intervals: U8 2,30 and U3 2,40 are D (below 2,60); U1
# 3,00 is C (2,60-3,064); U5 3,10, U9 3,20, U2 3,30 and U6 3,50 are B (3,0644-3,532); U7
# 3,70 and U4 4,00 are A (3,5324-4,00).
ROWS = [
    [4, 4, 3, 4, 4, 4, 4, 3, 4],
    [4, 4, 3, 4, 3, 4, 4, 3, 4],
    [3, 4, 3, 4, 3, 4, 4, 3, 3],
    [3, 3, 3, 4, 3, 4, 4, 2, 3],
    [3, 3, 2, 4, 3, 4, 4, 2, 3],
    [3, 3, 2, 4, 3, 3, 4, 2, 3],
    [3, 3, 2, 4, 3, 3, 4, 2, 3],
    [3, 3, 2, 4, 3, 3, 3, 2, 3],
    [2, 3, 2, 4, 3, 3, 3, 2, 3],
    [2, 3, 2, 4, 3, 3, 3, 2, 3],
]
ANSWERS = [dict(zip(ELEMENTS, row, strict=True)) for row in ROWS]


def test_the_index_and_category_of_a_hand_worked_example() -> None:
    result = compute(ANSWERS, ["Ruang baca kurang terang", "  "])
    totals = [round(r.average * r.answered) for r in result.elements]
    assert totals == [30, 33, 24, 40, 31, 35, 37, 23, 32]
    assert [round(r.average, 2) for r in result.elements] == [
        3.00, 3.30, 2.40, 4.00, 3.10, 3.50, 3.70, 2.30, 3.20,
    ]  # fmt: skip
    assert [round(r.weighted, 4) for r in result.elements] == [
        0.3333, 0.3667, 0.2667, 0.4444, 0.3444, 0.3889, 0.4111, 0.2556, 0.3556,
    ]  # fmt: skip
    assert result.respondents == 10
    assert round(result.index, 4) == 3.1667
    assert round(result.converted, 2) == 79.17
    assert (result.grade.letter, result.grade.performance) == ("B", "Good")
    # The annex's three-place weight gives the same quality.
    rounded = sum(round(r.average, 2) * 0.111 for r in result.elements) * 25
    assert round(rounded, 2) == 79.09 and grade_of(rounded).letter == "B"
    weakest = [r.element for r in result.weakest_first()][:3]
    assert weakest == [Element.COMPLAINTS, Element.COMPLETION_TIME, Element.REQUIREMENTS]
    assert [r.grade.letter for r in result.elements] == [
        "C", "B", "D", "A", "B", "B", "A", "D", "B",
    ]  # fmt: skip
    assert result.suggestions == ("Ruang baca kurang terang",)  # blanks are not suggestions


def test_everyone_rating_four_is_one_hundred_and_one_is_twenty_five() -> None:
    best = compute([dict.fromkeys(ELEMENTS, 4)] * 3)
    worst = compute([dict.fromkeys(ELEMENTS, 1)] * 3)
    assert (round(best.converted, 2), best.grade.letter) == (100.0, "A")
    assert (round(worst.converted, 2), worst.grade.letter) == (25.0, "D")


def test_an_element_left_unanswered_is_not_counted_against_the_unit() -> None:
    full = {e: 3 for e in ELEMENTS}
    without_cost = {e: 3 for e in ELEMENTS if e is not Element.COST}
    result = compute([full, without_cost])
    cost = next(r for r in result.elements if r.element is Element.COST)
    assert cost.answered == 1 and cost.average == 3.0
    assert result.converted == 75.0  # every answer 3: 3 x 25
    # An element nobody answered is left out: the eight others weigh 1/8 each, and the
    # weighted averages still add up to the index.
    no_cost = compute([without_cost, without_cost])
    weights = {round(r.weighted, 4) for r in no_cost.elements if r.answered}
    assert weights == {0.375} and no_cost.converted == 75.0
    with pytest.raises(ValueError):
        compute([{Element.COST: 5}])


@pytest.mark.parametrize(
    ("converted", "letter"),
    [(25.0, "D"), (64.99, "D"), (65.0, "C"), (76.60, "C"), (76.61, "B"), (88.30, "B"),
     (88.31, "A"), (100.0, "A")],
)  # fmt: skip
def test_the_regulations_intervals(converted: float, letter: str) -> None:
    assert grade_of(converted).letter == letter


def test_the_element_intervals_on_one_to_four() -> None:
    assert [element_grade(v).letter for v in (2.5996, 2.60, 3.064, 3.0644, 3.532, 3.5324)] == [
        "D", "C", "C", "B", "B", "A",
    ]  # fmt: skip


def test_sample_size_from_the_krejcie_and_morgan_table() -> None:
    assert sample_needed(100) == 80
    assert sample_needed(101) == 86  # between rows: the next larger population's sample
    assert sample_needed(1500) == 306
    assert sample_needed(7) == 7  # below the table: everyone
    assert sample_needed(0) == 0
    assert sample_needed(2_000_000) == 384
    # The table is Krejcie and Morgan's formula (chi-square 3.841, P = 0.5, d = 0.05),
    # rounded: a mistyped row would stand out.
    for population, sample in KREJCIE_MORGAN:
        formula = 3.841 * population * 0.25 / (0.0025 * (population - 1) + 3.841 * 0.25)
        assert abs(formula - sample) <= 1, population


def test_nine_elements_each_with_four_answers() -> None:
    assert len(QUESTIONS) == 9 and [q.element for q in QUESTIONS] == list(ELEMENTS)
    assert all(len(q.answers) == 4 and all(q.answers) for q in QUESTIONS)
