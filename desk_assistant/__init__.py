"""Desk Assistant: layanan prima at the library circulation desk."""

__version__ = "0.1.0"
APP_NAME = "Desk Assistant"
APP_ID = "desk-assistant"
