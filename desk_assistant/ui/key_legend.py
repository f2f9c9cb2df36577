"""The key legend: the keys that work where the focus is, as one line of text.

Every area of the desk (the script, the checklist's parts, the leave question) says which
keys work in it as a list of (keys, meaning); this module writes them as the line shown
under the desk, so a legend reads the same everywhere. Keys within one entry are
separated by "/", entries by a middle dot.
"""

from __future__ import annotations

Legend = list[tuple[str, str]]

ENTRY_SEPARATOR = "  ·  "
KEY_SEPARATOR = "/"


# Within an entry nothing breaks ("F6:" never ends a line and "bahasa" begins the next):
# a legend that must wrap, wraps between entries.
NO_BREAK = "\u00a0"


def render(entries: Legend) -> str:
    return ENTRY_SEPARATOR.join(
        f"{keys}:{NO_BREAK}{meaning}".replace(" ", NO_BREAK) for keys, meaning in entries
    )


def number_keys(count: int) -> str:
    """ "1" or "1–7": the number keys of ``count`` choices or options."""
    return "1" if count == 1 else f"1–{count}"
