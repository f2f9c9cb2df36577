"""Documents for people, as the window words them: the shift handover sheet and the patron
slip (what they say; ``exports`` lays them out and writes them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Slip:
    library: str
    heading: str
    code_label: str
    code: str | None
    item_label: str
    item: str
    next_step_label: str
    next_step: str
    footer: str


@dataclass(frozen=True)
class HandoverSheet:
    library: str
    title: str
    subtitle: str
    headers: tuple[str, ...]
    sections: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
    empty_text: str
    footer: str
