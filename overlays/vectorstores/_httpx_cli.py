"""Import httpx without its command-line client.

httpx's ``__init__`` imports ``httpx._main`` only to expose ``httpx.main``, the ``httpx``
command. Where click and rich are installed (our ``cli`` extra brings them), that one import
costs about as much as the rest of httpx: 40-70 ms here, a third of our cold start, for a
command the SDK never runs (encode/httpx#3547 proposes the same deferral upstream).

``defer()`` puts a stand-in for ``httpx._main`` in ``sys.modules`` while httpx is first
imported, then takes it out again, so a later ``import httpx._main`` loads the real module.
``httpx.main`` becomes a proxy that imports the real command when it is first used; it is not
an instance of ``click.Command`` itself, which nothing in httpx relies on.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

__all__ = ["defer"]

_NAME = "httpx._main"


class _Command:
    """httpx's command, loaded on first use: calls and attributes (``name``, ``main``, ...) go to
    the real click command, so ``httpx.main(...)`` and click's ``CliRunner().invoke(httpx.main)``
    work as before."""

    @staticmethod
    def _real() -> Any:
        return importlib.import_module(_NAME).main

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._real()(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real(), name)


def defer() -> None:
    """Import httpx, leaving its command-line module unloaded (a no-op once httpx is loaded)."""
    if "httpx" in sys.modules or _NAME in sys.modules:
        return
    stand_in = types.ModuleType(_NAME, _Command.__doc__)
    stand_in.main = _Command()  # type: ignore[attr-defined]
    sys.modules[_NAME] = stand_in
    try:
        import httpx  # noqa: F401  # the one import this module exists for
    finally:
        if sys.modules.get(_NAME) is stand_in:
            del sys.modules[_NAME]
