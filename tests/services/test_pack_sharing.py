"""Sharing packs: hostile files refused (active untouched), export → import identical."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_assistant.domain.script_pack import PackError, parse_pack
from tests.packs import MINIMAL

HOSTILE: list[tuple[str, bytes]] = [
    ("binary", bytes(range(256)) * 40),
    ("png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
    ("huge", b"# " + b"x" * (3 * 1024 * 1024)),
    ("latin1", "nama: Andr\xe9".encode("latin-1")),
    ("empty", b""),
    ("just-a-string", b"hello"),
    ("a-list", b"- 1\n- 2\n"),
    ("deep-nesting", b"a: " + b"[" * 200 + b"]" * 200 + b"\n"),
    ("python-object", b"!!python/object/apply:os.system ['echo pwned']\n"),
    (
        "billion-laughs",
        b'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
        + b"".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [".encode()
            + b",".join([f"*{chr(97 + i)}".encode()] * 9)
            + b"]\n"
            for i in range(8)
        ),
    ),
    ("wrong-types", MINIMAL.replace("steps:", "steps: 12\nold_steps:").encode()),
    ("steps-not-list", MINIMAL.replace("start: hello", "start: [hello]").encode()),
    ("text-as-number", MINIMAL.replace('{id: "Ada lagi?", en: "Anything else?"}', "42").encode()),
    ("bad-yaml", b"format_version: 1\nid: [unclosed\n"),
    ("tab-indent", b"format_version: 1\nsteps:\n\t- id: x\n"),
    ("duplicate-anchor-merge", b"a: &x {b: 1}\nc:\n  <<: *x\n  <<: *x\n"),
]


@pytest.mark.parametrize(("name", "data"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_pack_is_refused_and_active_untouched(
    services, tmp_path: Path, name: str, data: bytes
) -> None:  # type: ignore[no-untyped-def]
    before = services.packs.active
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(data)
    with pytest.raises(PackError) as info:
        services.packs.import_file(path, "trainer")
    assert info.value.problems and all(p.render("en") for p in info.value.problems)
    with pytest.raises(PackError):
        services.packs.load_file(path, "trainer")
    assert services.packs.active is before
    assert services.packs.active_row().pack_id == "layanan-prima"


def test_export_then_import_gives_the_identical_pack(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shared.yaml"
    stored = services.packs.export(out)
    assert out.read_text(encoding="utf-8") == stored.source
    again = services.packs.import_file(out, "trainer")
    assert again.sha256 == stored.sha256 and again.row_id == stored.row_id


@settings(max_examples=25, deadline=None)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="{}"),
        min_size=1,
        max_size=60,
    ).filter(lambda t: t.strip()),
)
def test_round_trip_over_generated_texts(tmp_path_factory, text: str) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.domain import pack_editing

    data = pack_editing.load_editable(MINIMAL)
    pack_editing.set_text(data, "bye", "text", "id", text)
    source = pack_editing.dump(data)
    pack = parse_pack(source)
    assert pack.step("bye").text.get("id") == text
    folder = tmp_path_factory.mktemp("rt")
    (folder / "p.yaml").write_text(source, encoding="utf-8")
    assert parse_pack((folder / "p.yaml").read_text(encoding="utf-8")) == pack


def test_a_version_is_its_content(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Another text under a stored id and version is refused; the same text again is a
    no-op; the list sorts by version number."""
    first = tmp_path / "first.yaml"
    first.write_text(MINIMAL, encoding="utf-8")
    stored = services.packs.import_file(first, "trainer")
    rows = len(services.packs.versions())
    assert services.packs.import_file(first, "trainer").row_id == stored.row_id  # no-op
    assert len(services.packs.versions()) == rows
    other = tmp_path / "other.yaml"
    other.write_text(MINIMAL.replace('"Ada lagi?"', '"Ada lagi yang lain?"'), encoding="utf-8")
    with pytest.raises(PackError) as refused:
        services.packs.import_file(other, "trainer")
    (problem,) = refused.value.problems
    assert problem.key == "pack.version_taken"
    assert "naikkan 'version'" in problem.render("id")
    with pytest.raises(PackError):
        services.packs.load_file(other, "trainer")  # nor made active under the same name
    assert len(services.packs.versions()) == rows
    for number in (2, 16, 3):
        raised = tmp_path / f"v{number}.yaml"
        raised.write_text(MINIMAL.replace("\nversion: 1", f"\nversion: {number}"), encoding="utf-8")
        services.packs.import_file(raised, "trainer")
    mine = [v.version for v in services.packs.versions() if v.pack_id == stored.pack_id]
    assert mine == [16, 3, 2, 1]


def test_an_interaction_records_the_texts_it_was_said_with(services) -> None:  # type: ignore[no-untyped-def]
    from desk_assistant.storage.interactions import InteractionRepository
    from desk_assistant.storage.packs import sha256

    services.desk.start_shift("SW", "Meja 1")
    flow = services.desk.new_interaction()
    flow.advance()
    services.desk.finish(flow, "id")
    record = InteractionRepository(services._store.db).get(1)
    assert record.pack_sha256 == sha256(services.packs.active.source)
