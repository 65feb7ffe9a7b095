"""The ``package-reference`` directive: an ``automodule`` for each public module of a package.

Used inside ``{eval-rst}`` on the reference pages, so that a module a regeneration adds (a new
resource, a new types subpackage) is on the site with no page edited::

    .. package-reference:: vectorstores.resources

       :show-inheritance:

Its content is the option lines given to every ``automodule``. ``:packages:`` documents the
package and its subpackages only (for ``vectorstores.types``, whose package modules re-export
every type); without it, every public module that is not a package. Modules whose name has a
part starting with ``_`` are private and left out.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles


def _fail(name: str) -> None:
    """A subpackage that does not import fails the build, rather than vanishing from the site."""
    raise ImportError(f"package-reference: cannot import {name}")


def public_modules(package: str, *, packages: bool) -> list[str]:
    """The dotted names of ``package``'s public modules (packages, or the modules that are not)."""
    root = importlib.import_module(package)
    found = [package] if packages else []
    for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}.", onerror=_fail):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        if info.ispkg == packages:
            found.append(info.name)
    return sorted(set(found), key=lambda name: (name != package, name))


class PackageReference(SphinxDirective):
    """Expand to a rubric and an ``automodule`` for each public module of a package."""

    required_arguments = 1
    has_content = True
    option_spec = {"packages": directives.flag}  # noqa: RUF012 - docutils reads a plain dict

    def run(self) -> list[nodes.Node]:
        package = self.arguments[0]
        options = [line.strip() for line in self.content if line.strip()]
        lines: list[str] = []
        for name in public_modules(package, packages="packages" in self.options):
            lines += [f".. rubric:: ``{name}``", "", f".. automodule:: {name}"]
            lines += [f"   {option}" for option in options]
            lines.append("")
        container = nodes.container()
        source = self.get_source_info()[0] or "package-reference"
        nested_parse_with_titles(self.state, StringList(lines, source=source), container)
        return list(container.children)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("package-reference", PackageReference)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
