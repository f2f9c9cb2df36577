"""Keep a bug in one handler from taking the desk down.

An exception escaping a Qt virtual override (keyPressEvent, changeEvent…) can abort the
process in PySide6; ``guarded`` logs the traceback and tells the librarian in plain words
that nothing was lost, so the shift can go on.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desk_assistant import APP_NAME
from desk_assistant.i18n import translate

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])


def report_unexpected(where: str) -> None:
    log.exception("Unexpected error in %s", where)
    translations = getattr(QCoreApplication.instance(), "_desk_translations", None)
    lang = getattr(translations, "language", "id")
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, translate("error.unexpected", lang))
    box.setObjectName("unexpectedErrorBox")
    box.open()
    _open_boxes.append(box)
    box.finished.connect(lambda _r: _open_boxes.remove(box))


_open_boxes: list[QMessageBox] = []


def guarded(method: F) -> F:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except Exception:
            report_unexpected(method.__qualname__)
            return None

    return wrapper  # type: ignore[return-value]
