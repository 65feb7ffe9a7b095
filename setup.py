"""The build step pyproject.toml cannot say: one package written in two folders.

``vectorstores`` is overlays/vectorstores (by hand) plus the modules ``make generate`` writes
to generated/vectorstores (the client, resources, types). Its subpackages are mapped in
pyproject.toml; its generated top-level modules are added here, so a wheel holds them side by
side. (A checkout finds them through ``vectorstores.__path__``.)
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

GENERATED = Path("generated") / "vectorstores"


class BuildPy(build_py):
    def find_package_modules(self, package: str, package_dir: str) -> list[tuple[str, str, str]]:
        modules: list[tuple[str, str, str]] = super().find_package_modules(package, package_dir)
        if package == "vectorstores":
            modules += [(package, path.stem, path.as_posix()) for path in sorted(GENERATED.glob("*.py"))]
        return modules


setup(cmdclass={"build_py": BuildPy})
