"""Numbers as each language writes them."""

from __future__ import annotations

import pytest

from desk_assistant.i18n import format_number, format_percent


@pytest.mark.parametrize(
    ("value", "decimals", "indonesian", "english"),
    [
        (0, 0, "0", "0"),
        (999, 0, "999", "999"),
        (6049, 0, "6.049", "6,049"),
        (1_234_567, 0, "1.234.567", "1,234,567"),
        (25.04, 1, "25,0", "25.0"),
        (1234.5, 1, "1.234,5", "1,234.5"),
        (-3, 0, "-3", "-3"),
    ],
)
def test_format_number(value: float, decimals: int, indonesian: str, english: str) -> None:
    assert format_number(value, "id", decimals) == indonesian
    assert format_number(value, "en", decimals) == english


def test_format_percent() -> None:
    assert format_percent(0.925, "id") == "92,5 %"
    assert format_percent(0.925, "en") == "92.5 %"
    assert format_percent(1.0, "id") == "100,0 %"
    assert format_percent(None, "id") == "—"


def test_one_duration_formatter_for_screen_sheet_and_report() -> None:
    from desk_assistant.i18n import format_duration

    assert format_duration(42.6, "id") == "43 detik"
    assert format_duration(72.6, "id") == "1 menit 13 detik"
    assert format_duration(3840, "id") == "1 jam 4 menit"
    assert format_duration(72.6, "en") == "1 min 13 s"
