"""The build step that compiles the translation catalogs (everything else is in
pyproject.toml): a wheel, an editable install and a frozen bundle all carry them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# The shipped files live in the top-level resources/ folder and install as the package
# desk_assistant.resources.
SOURCE = Path("resources", "translations")
BUILT = Path("desk_assistant", "resources", "translations")


class BuildWithCatalogs(build_py):
    """Compile ``resources/translations/*.ts`` with ``desk_assistant/catalogs.py``: into
    the build folder for a wheel, beside the sources for an editable install."""

    def run(self) -> None:
        super().run()
        # Loaded by its path: importing the package would need its dependencies.
        spec = importlib.util.spec_from_file_location(
            "desk_catalogs", HERE / "desk_assistant" / "catalogs.py"
        )
        assert spec is not None and spec.loader is not None
        catalogs = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(catalogs)
        compile_folder = catalogs.compile_folder

        if getattr(self, "editable_mode", False):
            target = HERE / SOURCE
        else:
            target = Path(self.build_lib) / BUILT
        self._catalogs = compile_folder(HERE / SOURCE, target)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        return [*outputs, *(str(p) for p in getattr(self, "_catalogs", []))]


setup(
    packages=[
        *find_packages(include=["desk_assistant", "desk_assistant.*"]),
        "desk_assistant.resources",
    ],
    package_dir={"desk_assistant.resources": "resources"},
    package_data={"desk_assistant.resources": ["**/*"]},
    cmdclass={"build_py": BuildWithCatalogs},
)
