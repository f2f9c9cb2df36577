"""Every menu item can be reached by its underlined letter, in both languages: each has
one, and no two items of a menu share it (Alt+letter on a shared letter only moves between
them instead of choosing)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu

_MNEMONIC = re.compile(r"&(\w)")


def letter(label: str) -> str | None:
    found = _MNEMONIC.search(label.replace("&&", ""))
    return found.group(1).lower() if found else None


def problems(menu: QMenu, where: str) -> list[str]:
    found: list[str] = []
    letters: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator():
            continue
        label = action.text()
        key = letter(label)
        if key is None:
            found.append(f"{where} › {label!r}: no underlined letter")
        elif key in letters:
            found.append(f"{where}: {letters[key]!r} and {label!r} share '{key}'")
        else:
            letters[key] = label
        if action.menu() is not None:
            found += problems(action.menu(), f"{where} › {label}")
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_menu_item_has_its_own_letter(window, lang: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(lang)
    bar = window.menuBar()
    tops = [letter(action.text()) for action in bar.actions()]
    assert None not in tops and len(set(tops)) == len(tops), tops
    found = [p for action in bar.actions() for p in problems(action.menu(), action.text())]
    assert found == []
