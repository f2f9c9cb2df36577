"""The look: every text colour of the style sheet meets WCAG 2.2 AA (4.5:1) on its
background, in the normal and the high-contrast look."""

from __future__ import annotations

import re

import pytest

from desk_assistant.ui.look import HIGH_CONTRAST, NORMAL, STYLE_SHEET, Colours

SIZES = dict(prompt=20, hint=11, readback=14, compact=14, base=10, phase=11, choice=12, box=13)
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pairs(look: Colours) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) of every rule that sets either; what a rule
    leaves out is the window's (the look's palette)."""
    sheet = STYLE_SHEET.format(c=look, **SIZES)
    found = []
    for selector, body in RULE.findall(sheet):
        values = dict(
            (name.strip(), value.strip())
            for name, _, value in (item.partition(":") for item in body.split(";"))
            if value.strip()
        )
        if "color" in values or "background" in values:
            text = values.get("color", look.text).replace("white", "#ffffff")
            back = values.get("background", look.window)
            found.append((selector.strip(), text, back))
    return found


def test_the_measure_itself() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA


@pytest.mark.parametrize("look", [NORMAL, HIGH_CONTRAST], ids=["normal", "high-contrast"])
def test_every_text_colour_meets_aa_on_its_background(look: Colours) -> None:
    checked = pairs(look)
    assert len(checked) >= 15  # the prompts, legends, warnings and errors are all there
    weak = [
        (selector, text, back, round(contrast(text, back), 2))
        for selector, text, back in checked
        if contrast(text, back) < 4.5
    ]
    assert weak == []


@pytest.mark.parametrize("look", [NORMAL, HIGH_CONTRAST], ids=["normal", "high-contrast"])
def test_the_palette_and_the_queues_rows_meet_aa(look: Colours) -> None:
    for text, back in (
        (look.text, look.window),
        (look.text, look.base),
        (look.text, look.button),
        (look.disabled, look.window),
        (look.highlight_text, look.highlight),
        (look.link, look.base),
        (look.warn_fg, look.warn_bg),  # an overdue row's date
        (look.text, look.warn_bg),  # an overdue row
        (look.hint_fg, look.hint_bg),  # a row due today
    ):
        assert contrast(text, back) >= 4.5, (text, back)


def test_high_contrast_is_a_view_setting_kept_for_this_pc(qtbot, window, settings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from desk_assistant.ui import settings as opt

    window.contrast_action.trigger()
    try:
        assert settings.get(opt.HIGH_CONTRAST) is True
        assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert HIGH_CONTRAST.prompt in QApplication.instance().styleSheet()
    finally:
        window.contrast_action.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == NORMAL.window
