"""Loading and validating script packs: every problem, with its line or step."""

from __future__ import annotations

import pytest

from desk_assistant.domain.script_pack import (
    MAX_PACK_BYTES,
    PackError,
    decode_pack_bytes,
    parse_pack,
)
from desk_assistant.domain.vocabulary import Need, Segment
from tests.packs import MINIMAL, default_source


def problems_of(text: str) -> list:
    with pytest.raises(PackError) as info:
        parse_pack(text)
    return info.value.problems


def test_default_pack_is_valid_and_bilingual() -> None:
    pack = parse_pack(default_source())
    assert pack.languages == ("id", "en")
    assert [p.label.get("id") for p in pack.phases] == [
        "Sambut",
        "Kartu",
        "Kebutuhan",
        "Layani",
        "Tutup",
    ]
    assert pack.step("card").text.get("id") == "Boleh saya minta kartu perpustakaan Anda?"
    assert pack.step("card_thanks").text.get("id") == "Terima kasih."
    assert pack.step("close").text.get("id") == "Apakah ada lagi yang bisa saya bantu hari ini?"
    needs = {choice.need for choice in pack.step("need").choices}
    assert needs == set(Need)


def test_default_pack_has_segment_variants() -> None:
    pack = parse_pack(default_source())
    greet = pack.step("greet")
    assert "Berdiri" in (greet.hint_for(Segment.ELDERLY).get("id"))
    assert "depan meja" in greet.hint_for(Segment.DISABILITY).get("id")
    assert greet.hint_for(Segment.GENERAL) == greet.hint


def test_minimal_pack_is_valid() -> None:
    assert parse_pack(MINIMAL).id == "mini"


def test_yes_and_no_stay_words() -> None:
    # YAML 1.1 would read an unquoted "No" or "Ya" label as a boolean; packs must not.
    pack = parse_pack(MINIMAL)
    assert [c.label.get("en") for c in pack.step("ask").choices] == ["No", "Yes"]


# Each case: a change to the minimal pack, the problem key expected, and where.
MALFORMED = [
    (
        "syntax",
        MINIMAL.replace("languages: [id, en]", "languages: [id, en"),
        "pack.yaml_bracket",
        {"line": 5},  # where the bracket was opened, not where the parser noticed
    ),
    ("tab-syntax", MINIMAL.replace("  - id: bye", "\t- id: bye"), "pack.yaml_tab", {"line": 30}),
    ("missing-id", MINIMAL.replace("id: mini\n", ""), "pack.missing_field", {"line": 1}),
    (
        "missing-text",
        MINIMAL.replace('    text: {id: "Ada lagi?", en: "Anything else?"}\n', ""),
        "pack.missing_field",
        {"step": "ask"},
    ),
    (
        "unknown-target",
        MINIMAL.replace("next: bye", "next: byee"),
        "pack.unknown_target",
        {"step": "ask", "line": 27},  # the line of the "next:" that names it
    ),
    ("unknown-start", MINIMAL.replace("start: hello", "start: nowhere"), "pack.unknown_start", {}),
    (
        "unreachable",
        MINIMAL
        + """  - id: orphan
    phase: close
    text: {id: Yatim, en: Orphan}
    next: bye
""",
        "pack.unreachable_step",
        {"step": "orphan", "line": 34},
    ),
    (
        "no-way-to-close",
        MINIMAL.replace("      - label: {id: Tidak, en: No}\n        next: bye\n", "").replace(
            "  - id: bye\n    phase: close\n    text: {id: Terima kasih, en: Thank you}\n"
            "    end: true\n",
            """  - id: bye
    phase: close
    text: {id: Terima kasih, en: Thank you}
    end: true
  - id: back_door
    phase: close
    text: {id: x, en: x}
    next: bye
""",
        ),
        "pack.no_way_to_close",
        {"step": "hello"},
    ),
    (
        "missing-translation",
        MINIMAL.replace("text: {id: Terima kasih, en: Thank you}", "text: {id: Terima kasih}"),
        "pack.missing_translation",
        {"step": "bye", "line": 32},
    ),
    (
        "unknown-segment",
        MINIMAL.replace(
            "    next: ask\n",
            """    next: ask
    variants:
      teenager:
        hint: {id: Hai, en: Hi}
""",
        ),
        "pack.unknown_segment",
        {"step": "hello"},
    ),
    (
        "bad-format-version",
        MINIMAL.replace("format_version: 1", "format_version: 7"),
        "pack.bad_format_version",
        {},
    ),
    (
        "wrong-type-version",
        MINIMAL.replace("version: 1\nname", "version: latest\nname"),
        "pack.wrong_type",
        {},
    ),
    (
        "duplicate-step",
        MINIMAL.replace("  - id: bye\n", "  - id: ask\n"),
        "pack.duplicate_id",
        {"step": "ask"},
    ),
    (
        "unknown-phase",
        MINIMAL.replace("    phase: close\n", "    phase: closing\n"),
        "pack.unknown_phase",
        {"step": "bye"},
    ),
    ("dead-end", MINIMAL.replace("    next: ask\n", ""), "pack.dead_end", {"step": "hello"}),
    (
        "unknown-placeholder",
        MINIMAL.replace(
            'text: {id: "{greeting}!", en: "{greeting}!"}',
            'text: {id: "{greting}!", en: "{greting}!"}',
        ),
        "pack.unknown_placeholder",
        {"step": "hello"},
    ),
    (
        "placeholder-mismatch",
        MINIMAL.replace(
            'text: {id: "{greeting}!", en: "{greeting}!"}', 'text: {id: "{greeting}!", en: "Hi!"}'
        ),
        "pack.placeholder_mismatch",
        {"step": "hello"},
    ),
    (
        "unknown-need",
        MINIMAL.replace("next: bye", "next: bye\n        need: gossip"),
        "pack.unknown_need",
        {"step": "ask"},
    ),
    ("no-end", MINIMAL.replace("    end: true\n", "    next: hello\n"), "pack.no_end_step", {}),
    (
        "unknown-field",
        MINIMAL.replace("start: hello", "start: hello\ncolour: blue"),
        "pack.unknown_field",
        {},
    ),
    (
        "empty-text",
        MINIMAL.replace("{id: Terima kasih, en: Thank you}", '{id: "  ", en: Thank you}'),
        "pack.empty_text",
        {"step": "bye"},
    ),
    ("not-mapping", "- just\n- a list\n", "pack.not_mapping", {}),
    (
        "unknown-language",
        MINIMAL.replace("languages: [id, en]", "languages: [id, en, fr]"),
        "pack.unknown_language",
        {},
    ),
    (
        "missing-indonesian",
        MINIMAL.replace("languages: [id, en]", "languages: [en]"),
        "pack.missing_required_language",
        {},
    ),
    (
        "too-many-choices",
        MINIMAL.replace(
            "      - label: {id: Ya, en: Yes}\n        next: hello\n",
            "      - label: {id: Ya, en: Yes}\n        next: hello\n" * 9,
        ),
        "pack.too_many_choices",
        {"step": "ask"},
    ),
    (
        "python-tag",
        MINIMAL.replace("id: mini", "id: !!python/object/apply:os.system [ls]"),
        "pack.yaml_tag",
        {},
    ),
    ("deep-nesting", MINIMAL + "extra: " + "[" * 60 + "]" * 60 + "\n", "pack.too_deep", {}),
    (
        "follow-up-not-bool",
        MINIMAL.replace("    next: ask\n", "    next: ask\n    follow_up: yes please\n"),
        "pack.wrong_type",
        {"step": "hello"},
    ),
    (
        "follow-up-without-option",
        MINIMAL.replace("    next: ask\n", "    next: ask\n    follow_up: true\n"),
        "pack.follow_up_step_without_option",
        {"step": "hello"},
    ),
]


@pytest.mark.parametrize(
    ("text", "key", "where"), [c[1:] for c in MALFORMED], ids=[c[0] for c in MALFORMED]
)
def test_malformed_pack_names_problem_and_place(text: str, key: str, where: dict) -> None:
    problems = problems_of(text)
    matching = [p for p in problems if p.key == key]
    assert matching, [p.render("en") for p in problems]
    problem = matching[0]
    if "line" in where:
        assert problem.line == where["line"], problem.render("en")
    if "step" in where:
        assert problem.step == where["step"], problem.render("en")
    rendered = problem.render("en")
    if "line" in where:
        assert f"line {where['line']}" in rendered
    if "step" in where:
        assert f"step '{where['step']}'" in rendered
    assert problem.render("id") != rendered  # translated, not only English


def test_independent_mistakes_of_one_stage_are_reported_at_once() -> None:
    text = (
        MINIMAL.replace("{id: Terima kasih, en: Thank you}", "{id: Terima kasih}")
        .replace("start: hello", "start: hello\ncolour: blue")
        .replace('{id: "Ada lagi?", en: "Anything else?"}', '{id: "  ", en: "Anything else?"}')
    )
    keys = [p.key for p in problems_of(text)]
    assert sorted(keys) == ["pack.empty_text", "pack.missing_translation", "pack.unknown_field"]


def test_a_later_stage_waits_for_the_earlier_one() -> None:
    """A wrong target (a reference) is said; the flow it breaks is not, until it is fixed."""
    text = MINIMAL.replace("next: bye", "next: byee").replace(
        "    phase: close\n", "    phase: closing\n"
    )
    keys = sorted(p.key for p in problems_of(text))
    assert keys == ["pack.unknown_phase", "pack.unknown_target"]


def test_problem_messages_in_indonesian() -> None:
    problem = next(
        p
        for p in problems_of(MINIMAL.replace("next: bye", "next: byee"))
        if p.key == "pack.unknown_target"
    )
    assert problem.render("id") == (
        "baris 27, langkah 'ask': Tujuan 'byee' tidak ada: tidak ada langkah dengan pengenal itu."
    )


def test_binary_and_oversized_files_are_refused() -> None:
    with pytest.raises(PackError) as info:
        decode_pack_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    assert info.value.problems[0].key == "pack.not_text"
    with pytest.raises(PackError) as info:
        decode_pack_bytes(b"a" * (MAX_PACK_BYTES + 1))
    assert info.value.problems[0].key == "pack.too_large"
    with pytest.raises(PackError) as info:
        decode_pack_bytes("é".encode("latin-1"))
    assert info.value.problems[0].key == "pack.not_text"


def test_billion_laughs_is_refused() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    keys = {p.key for p in problems_of("\n".join(lines) + "\n")}
    assert "pack.too_large" in keys


def test_a_step_cannot_both_open_the_checklist_and_take_a_follow_up() -> None:
    marker = '    follow_up: true\n    text:\n      id: "Keluhan ini'
    assert marker in default_source()
    source = default_source().replace(marker, "    unavailable: true\n" + marker)
    with pytest.raises(PackError) as caught:
        parse_pack(source)
    assert [p.key for p in caught.value.problems] == ["pack.unavailable_and_follow_up"]
    assert caught.value.problems[0].step == "complaint_follow_up"


def test_the_default_pack_follows_complaints_up() -> None:
    pack = parse_pack(default_source())
    solution = pack.step("complaint_solution")
    assert [choice.next for choice in solution.choices] == [
        "complaint_record",
        "complaint_follow_up",
    ]
    assert pack.step("complaint_follow_up").follow_up
    assert "call_back" in pack.follow_up_options


def test_news_of_a_complaint_is_optional_and_checked_like_every_text() -> None:
    pack = parse_pack(default_source())
    assert pack.follow_up is not None
    assert (
        pack.follow_up.default_news(request=True)
        .get("id")
        .startswith("kami sudah menindaklanjuti keluhan")
    )
    assert pack.follow_up.default_news(request=False) == pack.follow_up.news
    english = (
        '    en: "we have looked into your complaint and would like to tell you what we did"\n'
    )
    block = (
        "  request_news:\n"
        '    id: "kami sudah menindaklanjuti keluhan Anda dan ingin menyampaikan hasilnya"\n'
        + english
    )
    assert block in default_source()
    with pytest.raises(PackError) as caught:
        parse_pack(default_source().replace(english, ""))
    assert [p.key for p in caught.value.problems] == ["pack.missing_translation"]
    # Without it, a complaint's call starts from the general news.
    lean = parse_pack(default_source().replace(block, ""))
    assert lean.follow_up is not None and lean.follow_up.request_news is None
    assert lean.follow_up.default_news(request=True) == lean.follow_up.news
