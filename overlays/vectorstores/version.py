"""``vectorstores.version``, where openai-python keeps its ``VERSION``: the package version."""

from __future__ import annotations

from ._version import __version__

__all__ = ["VERSION"]

VERSION: str = __version__
