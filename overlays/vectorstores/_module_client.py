"""openai-python's module-level client: ``vectorstores.files.list()`` with no client made by hand.

Settings come from the package's attributes (``vectorstores.api_key = ...``, ``base_url``,
``organization``, ``project``, ``timeout``, ``max_retries``, ``default_headers``,
``default_query``, ``http_client``), else from the environment as for ``OpenAI()``. The client
is made on first use and made again when a setting has changed since.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from .resources._root import NAMES

if TYPE_CHECKING:
    from ._client import OpenAI

__all__ = ["RESOURCES", "SETTINGS", "load"]

# What ``vectorstores.<name>`` reaches on the module-level client.
RESOURCES = NAMES
SETTINGS = (
    "api_key",
    "organization",
    "project",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
)
_made: list[tuple[tuple[Any, ...], OpenAI]] = []
_making = threading.Lock()


def load() -> OpenAI:
    """The module-level client for the package's current settings."""
    import vectorstores

    from ._client import OpenAI

    given = tuple(getattr(vectorstores, name, None) for name in SETTINGS)
    with _making:
        if not _made or _made[0][0] != given:
            options = {name: value for name, value in zip(SETTINGS, given, strict=True) if value is not None}
            _made[:] = [(given, OpenAI(**options))]
        return _made[0][1]
