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

# Ten respondents, their answers per element (U1-U9, 1-4), worked by hand:
#
#   element                 answers                 total  NRR = total / 10
#   U1 requirements         4 4 3 3 3 3 3 3 2 2     30     3.00
#   U2 procedures           4 4 4 3 3 3 3 3 3 3     33     3.30
#   U3 completion time      3 3 3 3 2 2 2 2 2 2     24     2.40
#   U4 cost                 4 4 4 4 4 4 4 4 4 4     40     4.00
#   U5 product              4 3 3 3 3 3 3 3 3 3     31     3.10
#   U6 competence           4 4 4 4 4 3 3 3 3 3     35     3.50
#   U7 behaviour            4 4 4 4 4 4 4 3 3 3     37     3.70
#   U8 complaints           3 3 3 2 2 2 2 2 2 2     23     2.30
#   U9 facilities           4 4 3 3 3 3 3 3 3 3     32     3.20
#                                                          sum 28.50
#
# Each element weighs 1/9: the index = 28.50 / 9 = 3.1667 on 1-4; converted, x 25 = 79.17,
# in 76.61-88.30: quality B ("baik"). Per element on the table's 1-4 intervals: U3 2.40 and
# U8 2.30 are D (below 2.60), U1 3.00 is C (2.60-3.064), U5 3.10 and U6 3.50 are B
# (3.0644-3.532), U7 3.70 and U4 4.00 are A (3.5324-4.00).
COLUMNS = {
    Element.REQUIREMENTS: [4, 4, 3, 3, 3, 3, 3, 3, 2, 2],
    Element.PROCEDURES: [4, 4, 4, 3, 3, 3, 3, 3, 3, 3],
    Element.COMPLETION_TIME: [3, 3, 3, 3, 2, 2, 2, 2, 2, 2],
    Element.COST: [4] * 10,
    Element.PRODUCT: [4, 3, 3, 3, 3, 3, 3, 3, 3, 3],
    Element.COMPETENCE: [4, 4, 4, 4, 4, 3, 3, 3, 3, 3],
    Element.BEHAVIOUR: [4, 4, 4, 4, 4, 4, 4, 3, 3, 3],
    Element.COMPLAINTS: [3, 3, 3, 2, 2, 2, 2, 2, 2, 2],
    Element.FACILITIES: [4, 4, 3, 3, 3, 3, 3, 3, 3, 3],
}


def test_the_index_and_category_of_a_hand_worked_example() -> None:
    answers = [{e: COLUMNS[e][i] for e in ELEMENTS} for i in range(10)]
    result = compute(answers, ["Ruang baca kurang terang", "  "])
    averages = {r.element: round(r.average, 2) for r in result.elements}
    assert averages == {
        Element.REQUIREMENTS: 3.00, Element.PROCEDURES: 3.30, Element.COMPLETION_TIME: 2.40,
        Element.COST: 4.00, Element.PRODUCT: 3.10, Element.COMPETENCE: 3.50,
        Element.BEHAVIOUR: 3.70, Element.COMPLAINTS: 2.30, Element.FACILITIES: 3.20,
    }  # fmt: skip
    assert result.respondents == 10
    assert round(result.index, 4) == 3.1667
    assert round(result.converted, 2) == 79.17
    assert (result.grade.letter, result.grade.performance) == ("B", "Good")
    weakest = [r.element for r in result.weakest_first()][:3]
    assert weakest == [Element.COMPLAINTS, Element.COMPLETION_TIME, Element.REQUIREMENTS]
    letters = {r.element: r.grade.letter for r in result.elements}
    assert letters[Element.COMPLAINTS] == letters[Element.COMPLETION_TIME] == "D"
    assert letters[Element.REQUIREMENTS] == "C"
    assert letters[Element.PRODUCT] == letters[Element.COMPETENCE] == "B"
    assert letters[Element.BEHAVIOUR] == letters[Element.COST] == "A"
    assert result.suggestions == ("Ruang baca kurang terang",)  # blanks are not suggestions


def test_an_element_left_unanswered_is_not_counted_against_the_unit() -> None:
    full = {e: 3 for e in ELEMENTS}
    without_cost = {e: 3 for e in ELEMENTS if e is not Element.COST}
    result = compute([full, without_cost])
    cost = next(r for r in result.elements if r.element is Element.COST)
    assert cost.answered == 1 and cost.average == 3.0
    assert result.converted == 75.0  # every answer 3: 3 x 25
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
