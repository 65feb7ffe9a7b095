"""A Python SDK for the OpenAI Vector Stores and Files API.

``from vectorstores import OpenAI`` gives the client; submodules load on first use, so
``import vectorstores`` costs httpx2 and little else.
"""

from __future__ import annotations

import importlib
from pathlib import Path as _Path
from typing import TYPE_CHECKING, Any

from ._namesake import check_no_namesake as _check_no_namesake

_check_no_namesake(__file__)  # before anything else of ours runs: the unrelated `vectorstores` (README)

from ._version import __version__ as __version__  # noqa: E402
from .version import VERSION as VERSION  # noqa: E402 - binds the ``version`` submodule too, as in openai

# The package is written in two places: this folder by hand, and generated/vectorstores by
# `make generate` (the resources and types subpackages). In a checkout both are searched for
# submodules; an installed wheel has them merged into one folder already.
_GENERATED = _Path(__file__).resolve().parent.parent.parent / "generated" / "vectorstores"
if _GENERATED.is_dir():
    __path__.append(str(_GENERATED))

from ._exports import ALIASES, EXPORTS  # noqa: E402 - found through the path set above
from ._exports import __all__ as __all__  # noqa: E402

if TYPE_CHECKING:  # what type checkers see of the names served lazily below
    from . import types as types
    from ._exports import *  # noqa: F403
    from .resources._module_level import *  # noqa: F403

# The module-level client's settings (see _module_client): None leaves each to the environment.
api_key: str | None = None
organization: str | None = None
project: str | None = None
base_url: str | None = None
timeout: float | Any | None = None
max_retries: int | None = None
default_headers: dict[str, str] | None = None
default_query: dict[str, object] | None = None
http_client: Any | None = None


if not TYPE_CHECKING:  # type checkers see the names above, so a misspelt one is an error

    def __getattr__(name: str) -> Any:
        if name == "types":  # as openai.types after `import openai`, but loaded on first use (~170 ms)
            return importlib.import_module(f"{__name__}.types")
        module_client = importlib.import_module("vectorstores._module_client")  # not `from .`: it asks us
        if name in module_client.RESOURCES:  # vectorstores.files, vectorstores.vector_stores, ...
            return getattr(module_client.load(), name)
        own = ALIASES.get(name, name)
        module = EXPORTS.get(own)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), own)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
