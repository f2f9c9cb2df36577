"""Each Alt+letter does one thing: the menus, the tabs and the desk's own labels never share
an underlined letter, in either language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

MNEMONIC = re.compile(r"&([^&])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("name", ["desk", "followups", "reports", "scripts"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_two_things_share_an_alt_letter(qtbot, window, services, lang: str, name: str) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import act_as

    act_as(
        services, "supervisor" if name == "reports" else "trainer" if name == "scripts" else "desk"
    )
    window.show_view(name)
    window.set_language(lang)
    QApplication.processEvents()
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    view = window.tabs.currentWidget()
    texts += [b.text() for b in view.findChildren(QAbstractButton) if b.isVisibleTo(view)]
    texts += [
        label.text()
        for label in view.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(view)
    ]
    letters = [(letter(text), text) for text in texts if letter(text)]
    seen: dict[str, str] = {}
    clashes = []
    for key, text in letters:
        if key in seen:
            clashes.append((key, seen[key], text))
        seen.setdefault(key, text)
    assert clashes == []
    assert len(letters) >= 10  # six menus, four tabs: the check has something to check
