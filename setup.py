"""The build step pyproject.toml cannot say: one package written in two folders.

``vectorstores`` is overlays/vectorstores (by hand) plus the subpackages ``make generate``
writes to generated/vectorstores (resources, types and the folders below them). Which
subpackages there are depends on the document, so they are found here rather than listed in
pyproject.toml; a wheel, and the editable install's link tree, hold them merged.
"""

from setuptools import find_packages, setup

# (folder, the package name of that folder, which packages under it ship)
ROOTS = [
    ("overlays", "", ["vectorstores", "vectorstores.*"]),
    ("generated/vectorstores", "vectorstores.", ["*"]),
    ("generated", "", ["vectorstores_raw", "vectorstores_raw.*"]),
    ("emulator", "", ["vectorstores_emulator", "vectorstores_emulator.*"]),
]

packages: list[str] = []
package_dir: dict[str, str] = {}
for folder, prefix, include in ROOTS:
    for found in find_packages(folder, include=include):
        packages.append(prefix + found)
        package_dir[prefix + found] = f"{folder}/{found.replace('.', '/')}"

setup(packages=packages, package_dir=package_dir)
