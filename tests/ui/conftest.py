"""The window's tests: none may end with the "unexpected error" box open (an exception a
handler swallowed would otherwise pass unseen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def no_unexpected_error() -> Iterator[None]:
    from desk_assistant.ui import guard

    before = list(guard._open_boxes)
    yield
    new = [box for box in guard._open_boxes if box not in before]
    for box in new:
        box.done(0)
    assert not new, "an unexpected error was caught and shown (see the log above)"
