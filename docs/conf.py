"""Sphinx configuration of the reference site (``make docs``).

The source folder is the repository itself, so the README, CONTRIBUTING.md and api.md are pages
as they are and a link between two Markdown files works the same on the code host and on the
site. Only the files named in ``include_patterns`` are read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sphinx.application import Sphinx

sys.path.insert(0, str(Path(__file__).resolve().parent / "_ext"))

project = "vectorstores"
author = "the vectorstores authors"
copyright = "the vectorstores authors"

root_doc = "docs/index"
source_suffix = {".md": "markdown"}
include_patterns = [
    "CONTRIBUTING.md",
    "CHANGELOG.md",
    "API-CHANGES.md",
    "api.md",
    "BENCHMARKS.md",
    "RELIABILITY.md",
    "emulator/README.md",
    "docs/*.md",
    "docs/**/*.md",
]
# Pruned before the walk, so the virtualenv and node_modules are never listed.
exclude_patterns = [
    ".*",
    "build",
    "site",
    "generated",
    "overlays",
    "emulator/vectorstores_emulator",
    "tests",
    "tools",
    "benchmarks",
]

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "command_help",
    "package_reference",
]

# Markdown: GitHub's heading anchors (`[...](CONTRIBUTING.md#3-acknowledge-breaking-changes)`)
# and fenced directives for the reference pages.
myst_heading_anchors = 4
myst_enable_extensions = ["colon_fence"]

# Google-style docstrings (summary, blank line, Args:/Returns:/Raises:), as the generated code
# and the hand-written helpers write them.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

autodoc_default_options = {"members": True, "undoc-members": True, "member-order": "bysource"}
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True
autodoc_inherit_docstrings = False

# Warnings are errors (sphinx-build -W), and every cross-reference must resolve (-n), except to
# what the site does not document: other packages, and the SDK's private modules.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(?!vectorstores)\w.*"),
    (r"py:.*", r".*\._\w+.*"),
    # The raw layer's helper types (Unset, SequenceNotStr), not part of this site.
    (r"py:.*", r"vectorstores_raw\.types\..*"),
    # Type variables (T, PageT, ...) are not objects to link to.
    (r"py:.*", r".*\.(?:[A-Z]|\w+T)$"),
    # The nested TypedDicts of a *_params or *_param module (openai's names, such as
    # vector_store_search_params.RankingOptions or tool_param.Mcp) are shown where they are used,
    # not on a page.
    (r"py:class", r"vectorstores\.types\.(?:\w+\.)*\w+_params?\.\w+"),
]
# A field name such as `object` or `type` in a type annotation matches every model's field of
# that name; that ambiguity is not a broken reference (ref.python).
# The document's descriptions reach the docstrings as the document writes them, in Markdown (as
# openai-python's do); autodoc reads a docstring as reStructuredText, so a Markdown list or a lone
# backtick there draws docutils' complaints about markup, not about the site. Broken references,
# missing pages and modules that do not import still fail the build.
suppress_warnings = ["ref.python", "docutils"]

html_theme = "furo"
html_title = "vectorstores"
html_copy_source = False
html_show_sourcelink = False
# No web fonts, no scripts from a CDN: the theme uses the system's fonts and ships its scripts.
html_theme_options = {"navigation_with_keys": True}

# GitHub Pages serves index.html; the landing page is the README, so index.html sends there.
templates_path = ["_templates"]
html_additional_pages = {"index": "redirect.html"}


_described: set[str] = set()


def _describe_once(app: Sphinx, what: str, name: str, obj: object, skip: bool, options: object) -> bool | None:
    """Skip a class a module re-exports when an earlier module of the same page described it.

    ``vectorstores.types`` and its subpackages re-export the same models; each is described once,
    under the first name the page gives it, so that no two descriptions claim one object. Across
    pages the order of reading is not fixed, so there the pages themselves leave duplicates out.
    """
    if what != "module" or not isinstance(obj, type) or name.rpartition(".")[2] != obj.__name__:
        return None  # an alias (CursorPageInfo = PageInfo) is shown as one, beside the class
    key = f"{app.env.docname}:{obj.__module__}.{obj.__qualname__}"
    if key in _described:
        return True
    _described.add(key)
    return None


def setup(app: Sphinx) -> None:
    app.connect("autodoc-skip-member", _describe_once)
