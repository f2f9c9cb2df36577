"""Desk Assistant: layanan prima at the library circulation desk."""

__version__ = "0.2.0"
APP_NAME = "Desk Assistant"
APP_ID = "desk-assistant"


def _import_sqlite_utils_without_numpy() -> None:
    """Import sqlite-utils without its optional NumPy support.

    sqlite-utils imports NumPy when it is installed (matplotlib brings it) only to accept
    NumPy values in inserts, which this application never makes; that import alone costs
    about 0.15 s of every start and every command. NumPy stays importable afterwards (the
    charts use it).
    """
    import sys

    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401
    finally:
        if sys.modules.get("numpy", 0) is None:
            del sys.modules["numpy"]


_import_sqlite_utils_without_numpy()
