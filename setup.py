"""The build step pyproject.toml cannot say: two packages each written in two folders.

``vectorstores`` is overlays/vectorstores (by hand) plus the subpackages ``make generate``
writes to generated/vectorstores (resources, types and the folders below them). Which
subpackages there are depends on the document, so they are found here rather than listed in
pyproject.toml; a wheel, and the editable install's link tree, hold them merged.

``vectorstores_raw`` is overlays/vectorstores_raw (by hand: transport, model base, errors,
argument checks) plus generated/vectorstores_raw, which holds modules and data files of the
package itself (the schema tables, the patched document, the stamp) beside its api and models
subpackages. A package has one source folder in setuptools, so build_py below adds the second
folder's modules and data files to the same package.
"""

import os
from glob import glob

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

# (folder, the package name of that folder, which packages under it ship)
ROOTS = [
    ("overlays", "", ["vectorstores", "vectorstores.*", "vectorstores_raw"]),
    ("generated/vectorstores", "vectorstores.", ["*"]),
    ("generated/vectorstores_raw", "vectorstores_raw.", ["*"]),
    ("emulator", "", ["vectorstores_emulator", "vectorstores_emulator.*"]),
]
# package -> a further folder whose top-level modules and data files belong to it
MERGED = {"vectorstores_raw": "generated/vectorstores_raw"}


class merged_build_py(build_py):
    """build_py that also takes each MERGED package's modules and data from its second folder;
    the wheel and the editable link tree are both made from what it lists."""

    def find_package_modules(self, package: str, package_dir: str) -> list[tuple[str, str, str]]:
        modules = super().find_package_modules(package, package_dir)
        folder = MERGED.get(package)
        if folder is not None:
            own = {module for _, module, _ in modules}
            for path in sorted(glob(os.path.join(folder, "*.py"))):
                name = os.path.splitext(os.path.basename(path))[0]
                if name in own:  # one module written in both folders would shadow the other
                    raise ValueError(f"{package}.{name} is in both {package_dir} and {folder}")
                modules.append((package, name, path))
        return modules

    def _merged_data(self) -> list[tuple[str, str, str, list[str]]]:
        found: list[tuple[str, str, str, list[str]]] = []
        for package, folder in MERGED.items():
            if package not in (self.packages or ()):
                continue
            names = sorted(
                {
                    os.path.relpath(path, folder)
                    for pattern in self.package_data.get(package, [])
                    for path in glob(os.path.join(folder, pattern))
                    if os.path.isfile(path)
                }
            )
            found.append((package, folder, os.path.join(self.build_lib, *package.split(".")), names))
        return found

    def _get_data_files(self) -> list[tuple[str, str, str, list[str]]]:
        return super()._get_data_files() + self._merged_data()

    def get_data_files_without_manifest(self) -> list[tuple[str, str, str, list[str]]]:
        return super().get_data_files_without_manifest() + self._merged_data()


packages: list[str] = []
package_dir: dict[str, str] = {}
for folder, prefix, include in ROOTS:
    for found in find_packages(folder, include=include):
        packages.append(prefix + found)
        package_dir[prefix + found] = f"{folder}/{found.replace('.', '/')}"

setup(packages=packages, package_dir=package_dir, cmdclass={"build_py": merged_build_py})
