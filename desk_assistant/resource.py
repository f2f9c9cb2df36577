"""The files the application ships, found wherever it is installed.

They live in the project's top-level ``resources/`` folder and are packaged as
``desk_assistant.resources`` (a wheel, an editable install and a frozen bundle alike).
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def resource(relative: str) -> Traversable:
    """``relative`` (e.g. ``packs/default.yaml``) inside the shipped resources."""
    return resources.files("desk_assistant.resources").joinpath(relative)
