"""The log file beside the database: rotated at start, never in the way of starting."""

from __future__ import annotations

import logging
from pathlib import Path

from desk_assistant.app import LOG_MAX_BYTES, LOG_NAME, setup_logging


def test_a_full_log_is_rotated_at_start_and_the_oldest_dropped(tmp_path: Path) -> None:
    for index in (1, 2, 3):
        (tmp_path / f"{LOG_NAME}.{index}").write_text(f"old {index}", encoding="utf-8")
    (tmp_path / LOG_NAME).write_bytes(b"x" * LOG_MAX_BYTES)
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(tmp_path)
        logging.getLogger("desk").info("started")
    finally:
        for handler in root.handlers[len(before) :]:
            handler.close()
            root.removeHandler(handler)
    assert (tmp_path / f"{LOG_NAME}.1").stat().st_size == LOG_MAX_BYTES
    assert (tmp_path / f"{LOG_NAME}.2").read_text(encoding="utf-8") == "old 1"
    assert (tmp_path / f"{LOG_NAME}.3").read_text(encoding="utf-8") == "old 2"
    assert "started" in (tmp_path / LOG_NAME).read_text(encoding="utf-8")


def test_a_log_below_its_size_is_kept(tmp_path: Path) -> None:
    (tmp_path / LOG_NAME).write_text("earlier\n", encoding="utf-8")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(tmp_path)
    finally:
        for handler in root.handlers[len(before) :]:
            handler.close()
            root.removeHandler(handler)
    assert (tmp_path / LOG_NAME).read_text(encoding="utf-8").startswith("earlier")
    assert not (tmp_path / f"{LOG_NAME}.1").exists()
