# ruff: noqa: E501 (one case a line reads best as a table)
"""One mistake, one message, at its place: realistic mistakes a trainer makes in a pack.

Each case changes the minimal pack (tests/packs.py; its lines are numbered in the comment
below) in one way a trainer would, and expects exactly one problem: its kind, the line of
the offending key and the step, said in both languages with no English inside the
Indonesian.

     1 format_version   6 phases        16 start: hello   22 - id: ask       30 - id: bye
     2 id: mini         7  - id: greet  17 steps:         23   phase: greet  31   phase: close
     3 version: 1       9  - id: close  18 - id: hello    24   text          32   text
     4 name            11 greetings     19   phase: greet 25   choices:      33   end: true
     5 languages       12-15 periods    20   text         26-27 label, next: bye
                                        21   next: ask    28-29 label, next: hello
"""

from __future__ import annotations

import re

import pytest

from desk_assistant.domain.script_pack import PackError, parse_pack
from tests.packs import MINIMAL

M = MINIMAL


def after(line_text: str, added: str) -> str:
    """The minimal pack with ``added`` lines after its line ``line_text``."""
    assert line_text in M
    return M.replace(line_text, line_text + added, 1)


ORPHAN = "  - id: orphan\n    phase: close\n    text: {id: Yatim, en: Orphan}\n    next: bye\n"

# (name, text, problem key, line, step)
CASES: list[tuple[str, str, str, int | None, str | None]] = [
    # --- what YAML itself cannot read ------------------------------------------------------
    ("tab-indent", M.replace("  - id: bye", "\t- id: bye"), "pack.yaml_tab", 30, None),
    ("unclosed-bracket", M.replace("[id, en]", "[id, en"), "pack.yaml_bracket", 5, None),
    (
        "unclosed-quote",
        M.replace("{id: Terima kasih, en: Thank you}", '{id: "Terima kasih, en: Thank you}'),
        "pack.yaml_quote",
        32,
        None,
    ),
    (
        "colon-in-text",
        after("    next: ask\n", "    hint:\n      id: Catatan: bawa kartu\n      en: Note\n"),
        "pack.yaml_colon",
        23,
        None,
    ),
    (
        "misaligned-field",
        M.replace("    phase: close\n", "     phase: close\n"),
        "pack.yaml_colon",
        31,
        None,
    ),
    (
        "list-item-out-of-line",
        M.replace("  - id: bye", "   - id: bye"),
        "pack.yaml_indent",
        30,
        None,
    ),
    ("undefined-alias", M.replace("next: ask", "next: *ask"), "pack.yaml_alias", 21, None),
    (
        "merge-key",
        M.replace("greetings:\n", "base: &b {id: x, en: x}\ngreetings:\n  <<: *b\n"),
        "pack.yaml_tag",
        13,
        None,
    ),
    (
        "at-sign",
        M.replace("{id: Terima kasih, en: Thank you}", "{id: @perpus, en: x}"),
        "pack.yaml_reserved",
        32,
        None,
    ),
    ("python-tag", M.replace("id: mini", "id: !!python/name:os.system"), "pack.yaml_tag", 2, None),
    (
        "second-steps-block",
        M + "steps:\n" + ORPHAN,
        "pack.duplicate_key",
        34,
        None,
    ),
    ("two-nexts", after("    next: ask\n", "    next: bye\n"), "pack.duplicate_key", 22, None),
    # --- the pack's own fields --------------------------------------------------------------
    (
        "version-decimal",
        M.replace("version: 1\nname", "version: 1.1\nname"),
        "pack.wrong_type",
        3,
        None,
    ),
    ("version-zero", M.replace("version: 1\nname", "version: 0\nname"), "pack.bad_number", 3, None),
    (
        "format-version",
        M.replace("format_version: 1", "format_version: 2"),
        "pack.bad_format_version",
        1,
        None,
    ),
    ("id-with-spaces", M.replace("id: mini", 'id: "Mini Pack"'), "pack.bad_id", 2, None),
    ("missing-id", M.replace("id: mini\n", ""), "pack.missing_field", 1, None),
    (
        "unknown-top-field",
        M.replace("start: hello", "start: hello\ncolour: blue"),
        "pack.unknown_field",
        17,
        None,
    ),
    ("start-nowhere", M.replace("start: hello", "start: salam"), "pack.unknown_start", 16, None),
    (
        "english-only",
        M.replace("languages: [id, en]", "languages: [en]"),
        "pack.missing_required_language",
        5,
        None,
    ),
    (
        "missing-greeting",
        M.replace("  evening: {id: Selamat malam, en: Good evening}\n", ""),
        "pack.missing_field",
        11,
        None,
    ),
    (
        "phases-empty",
        M.replace(
            "phases:\n  - id: greet\n    label: {id: Sambut, en: Greet}\n  - id: close\n"
            "    label: {id: Tutup, en: Close}\n",
            "phases: []\n",
        ),
        "pack.empty_list",
        6,
        None,
    ),
    (
        "duplicate-phase",
        M.replace("  - id: close\n", "  - id: greet\n"),
        "pack.duplicate_id",
        9,
        None,
    ),
    (
        "phase-without-label",
        M.replace("    label: {id: Tutup, en: Close}\n", ""),
        "pack.missing_field",
        9,
        None,
    ),
    # --- a step's own fields ----------------------------------------------------------------
    (
        "misspelt-choices",
        M.replace("    choices:", "    choises:"),
        "pack.unknown_field",
        25,
        "ask",
    ),
    (
        "missing-text",
        M.replace('    text: {id: "Ada lagi?", en: "Anything else?"}\n', ""),
        "pack.missing_field",
        22,
        "ask",
    ),
    (
        "missing-translation",
        M.replace("{id: Terima kasih, en: Thank you}", "{id: Terima kasih}"),
        "pack.missing_translation",
        32,
        "bye",
    ),
    (
        "french-text",
        M.replace(
            "{id: Terima kasih, en: Thank you}", "{id: Terima kasih, en: Thank you, fr: Merci}"
        ),
        "pack.unknown_language",
        32,
        "bye",
    ),
    (
        "empty-text",
        M.replace("{id: Terima kasih, en: Thank you}", '{id: "", en: Thank you}'),
        "pack.empty_text",
        32,
        "bye",
    ),
    (
        "text-not-per-language",
        M.replace("{id: Terima kasih, en: Thank you}", "Terima kasih"),
        "pack.wrong_type",
        32,
        "bye",
    ),
    (
        "greeting-only-in-english",
        M.replace('{id: "{greeting}!", en: "{greeting}!"}', '{id: "Halo!", en: "{greeting}!"}'),
        "pack.placeholder_mismatch",
        20,
        "hello",
    ),
    (
        "unknown-placeholder",
        M.replace('"{greeting}!", en: "{greeting}!"', '"{greting}!", en: "{greting}!"'),
        "pack.unknown_placeholder",
        20,
        "hello",
    ),
    (
        "unclosed-placeholder",
        M.replace('"{greeting}!", en: "{greeting}!"', '"{greeting!", en: "{greeting!"'),
        "pack.bad_placeholder",
        20,
        "hello",
    ),
    (
        "end-not-boolean",
        M.replace("    end: true\n", "    end: ya\n"),
        "pack.wrong_type",
        33,
        "bye",
    ),
    (
        "choices-not-a-list",
        M.replace(
            "    choices:\n      - label: {id: Tidak, en: No}\n        next: bye\n"
            "      - label: {id: Ya, en: Yes}\n        next: hello\n",
            "    choices: Tidak\n",
        ),
        "pack.wrong_type",
        25,
        "ask",
    ),
    (
        "ten-choices",
        M.replace(
            "      - label: {id: Ya, en: Yes}\n        next: hello\n",
            "      - label: {id: Ya, en: Yes}\n        next: hello\n" * 9,
        ),
        "pack.too_many_choices",
        25,
        "ask",
    ),
    (
        "next-and-choices",
        after('    text: {id: "Ada lagi?", en: "Anything else?"}\n', "    next: bye\n"),
        "pack.next_and_choices",
        22,
        "ask",
    ),
    (
        "end-with-next",
        after("    end: true\n", "    next: hello\n"),
        "pack.end_with_exits",
        30,
        "bye",
    ),
    (
        "end-in-first-phase",
        M.replace("    phase: close\n", "    phase: greet\n"),
        "pack.no_close_phase_end",
        30,
        "bye",
    ),
    (
        "unknown-segment",
        after(
            "    next: ask\n", "    variants:\n      teenager:\n        hint: {id: Hai, en: Hi}\n"
        ),
        "pack.unknown_segment",
        24,
        "hello",
    ),
    (
        "unknown-outcome",
        after("    end: true\n", "    outcome: happy\n"),
        "pack.unknown_outcome",
        34,
        "bye",
    ),
    (
        "follow-up-words",
        after("    next: ask\n", "    follow_up: yes please\n"),
        "pack.wrong_type",
        22,
        "hello",
    ),
    (
        "duplicate-step-id",
        M.replace("  - id: bye\n", "  - id: ask\n"),
        "pack.duplicate_id",
        30,
        "ask",
    ),
    ("step-not-a-mapping", after("steps:\n", "  - just a line\n"), "pack.wrong_type", 18, None),
    # --- references -------------------------------------------------------------------------
    ("choice-target-typo", M.replace("next: bye", "next: byee"), "pack.unknown_target", 27, "ask"),
    ("next-typo", M.replace("next: ask", "next: aks"), "pack.unknown_target", 21, "hello"),
    (
        "unknown-need",
        M.replace("next: bye", "next: bye\n        need: gossip"),
        "pack.unknown_need",
        28,
        "ask",
    ),
    (
        "unknown-phase",
        M.replace("    phase: close\n", "    phase: closing\n"),
        "pack.unknown_phase",
        31,
        "bye",
    ),
    (
        "unavailable-without-options",
        after("    next: ask\n", "    unavailable: true\n"),
        "pack.unavailable_without_options",
        18,
        "hello",
    ),
    # --- the flow ---------------------------------------------------------------------------
    ("dead-end", M.replace("    next: ask\n", ""), "pack.dead_end", 18, "hello"),
    ("no-end", M.replace("    end: true\n", "    next: hello\n"), "pack.no_end_step", 17, None),
    ("orphan-step", M + ORPHAN, "pack.unreachable_step", 34, "orphan"),
]

# Words that would betray English left inside an Indonesian message.
ENGLISH = re.compile(
    r"\b(the|must|should|found|expected|mapping|indicator|allowed|whole number|"
    r"not|line|step|field|text|list|such|directory|true or false)\b"
)


@pytest.mark.parametrize(
    ("text", "key", "line", "step"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_one_mistake_one_message_at_its_place(
    text: str, key: str, line: int | None, step: str | None
) -> None:
    with pytest.raises(PackError) as refused:
        parse_pack(text)
    problems = refused.value.problems
    assert len(problems) == 1, [p.render("en") for p in problems]
    (problem,) = problems
    assert problem.key == key, problem.render("en")
    assert problem.line == line, problem.render("en")
    assert problem.step == step, problem.render("en")
    english, indonesian = problem.render("en"), problem.render("id")
    assert indonesian != english
    # Names quoted as written in the pack ('text', 'next') are the pack's own words.
    found = ENGLISH.findall(re.sub(r"'[^']*'", " ", indonesian))
    assert not found, f"English inside Indonesian: {found} in {indonesian!r}"


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40


PLACEHOLDER_CASES = [
    # (name, text, placeholder refused)
    (
        "code-in-a-step",
        M.replace('"{greeting}!", en: "{greeting}!"', '"Kode {code}", en: "Code {code}"'),
        "code",
    ),
    (
        "patron-in-a-step",
        M.replace('"{greeting}!", en: "{greeting}!"', '"Halo {patron}", en: "Hi {patron}"'),
        "patron",
    ),
    (
        "next-step-in-a-label",
        M.replace("{id: Tidak, en: No}", '{id: "Tidak {next_step}", en: "No {next_step}"}'),
        "next_step",
    ),
    (
        "greeting-in-the-name",
        M.replace(
            "name: {id: Mini, en: Mini}", 'name: {id: "{greeting} Mini", en: "{greeting} Mini"}'
        ),
        "greeting",
    ),
]


@pytest.mark.parametrize(
    ("text", "name"), [c[1:] for c in PLACEHOLDER_CASES], ids=[c[0] for c in PLACEHOLDER_CASES]
)
def test_a_placeholder_outside_its_kind_of_text_is_refused(text: str, name: str) -> None:
    with pytest.raises(PackError) as refused:
        parse_pack(text)
    (problem,) = refused.value.problems
    assert problem.key in ("pack.placeholder_not_here", "pack.unknown_placeholder")
    assert f"{{{name}}}" in problem.render("en")
    assert "meja layanan tidak punya isian" in problem.render("id") or problem.key.endswith(
        "unknown_placeholder"
    )


def test_each_kind_allows_what_the_desk_fills() -> None:
    from desk_assistant.domain.script_pack.model import PLACEHOLDERS, PLACEHOLDERS_BY_KIND

    assert PLACEHOLDERS_BY_KIND["step"] == {"greeting", "staff", "library"}
    assert "item" not in PLACEHOLDERS_BY_KIND["message"]  # a message never names the title
    assert set().union(*PLACEHOLDERS_BY_KIND.values()) == PLACEHOLDERS


WARNING_CASES = [
    # (name, text, warning, line, step): the pack is valid; the trainer is warned
    (
        "hash-cuts-a-text",
        after(
            "    next: ask\n", "    hint:\n      id: Buka jam 8 #lantai 2\n      en: Open at 8\n"
        ),
        "pack.warn_hash",
        23,
        None,
    ),
    (
        "unused-phase",
        M.replace("phases:\n", "phases:\n  - id: wait\n    label: {id: Tunggu, en: Wait}\n"),
        "pack.warn_unused_phase",
        7,
        None,
    ),
    (
        "long-line",
        M.replace('"Ada lagi?"', '"' + "Ada lagi? " * 60 + '"'),
        "pack.warn_long",
        24,
        "ask",
    ),
    (
        "emoji",
        M.replace("{id: Terima kasih, en: Thank you}", "{id: Terima kasih 😊, en: Thank you 😊}"),
        "pack.warn_glyph",
        32,
        "bye",
    ),
]


@pytest.mark.parametrize(
    ("text", "key", "line", "step"),
    [c[1:] for c in WARNING_CASES],
    ids=[c[0] for c in WARNING_CASES],
)
def test_a_warning_is_said_and_does_not_block(
    text: str, key: str, line: int, step: str | None
) -> None:
    from desk_assistant.domain.script_pack.advice import pack_warnings

    parse_pack(text)  # valid: a warning never refuses a pack
    warnings = pack_warnings(text)
    assert [(w.key, w.line, w.step) for w in warnings] == [(key, line, step)]
    indonesian = warnings[0].render("id")
    assert not ENGLISH.findall(re.sub(r"'[^']*'", " ", indonesian)), indonesian


def test_the_default_pack_has_no_warnings() -> None:
    from desk_assistant.domain.script_pack.advice import pack_warnings
    from tests.packs import default_source

    assert pack_warnings(default_source()) == []


def test_the_worked_example_of_the_docs_is_valid_and_warns_nothing() -> None:
    from pathlib import Path

    from desk_assistant.domain.script_pack.advice import pack_warnings

    example = (
        Path(__file__).resolve().parents[2] / "docs" / "examples" / "perpustakaan-sekolah.yaml"
    )
    text = example.read_text(encoding="utf-8")
    pack = parse_pack(text)
    assert pack.languages == ("id", "en") and pack.step("greet").variants
    assert pack_warnings(text) == []
