"""The build step that compiles the translation catalogs (everything else is in
pyproject.toml): a wheel, an editable install and a frozen bundle all carry them."""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TRANSLATIONS = Path("desk_assistant", "resources", "translations")


class BuildWithCatalogs(build_py):
    """Compile ``desk_assistant/resources/translations/*.ts`` beside the sources they come
    from: into the build folder for a wheel, into the source tree for an editable install."""

    def run(self) -> None:
        super().run()
        sys.path.insert(0, str(HERE / "tools"))
        from catalogs import compile_folder

        base = HERE if getattr(self, "editable_mode", False) else Path(self.build_lib)
        self._catalogs = compile_folder(HERE / TRANSLATIONS, base / TRANSLATIONS)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        return [*outputs, *(str(p) for p in getattr(self, "_catalogs", []))]


setup(cmdclass={"build_py": BuildWithCatalogs})
