"""A Python SDK for the OpenAI Vector Stores and Files API.

``from vectorstores import OpenAI`` gives the client; submodules load on first use, so
``import vectorstores`` costs httpx and little else.
"""

from __future__ import annotations

import importlib
from pathlib import Path as _Path
from typing import TYPE_CHECKING, Any

from ._version import __version__

# The package is written in two places: this folder by hand, and generated/vectorstores by
# `make generate` (resources, types, the client's resource attributes). In a checkout both are
# searched for submodules; an installed wheel has them merged into one folder already.
_GENERATED = _Path(__file__).resolve().parent.parent.parent / "generated" / "vectorstores"
if _GENERATED.is_dir():
    __path__.append(str(_GENERATED))

if TYPE_CHECKING:
    from httpx import Timeout
    from vectorstores_raw.errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        InternalServerError,
        NotFoundError,
        OpenAIError,
        PermissionDeniedError,
        RateLimitError,
        UnprocessableEntityError,
    )
    from vectorstores_raw.types import NOT_GIVEN, NotGiven, Omit, omit
    from vectorstores_raw.types import NOT_GIVEN as not_given

    from ._aiohttp import DefaultAioHttpClient
    from ._client import (
        DEFAULT_CONNECTION_LIMITS,
        DEFAULT_MAX_RETRIES,
        DEFAULT_TIMEOUT,
        AsyncOpenAI,
        DefaultAsyncHttpx2Client,
        DefaultAsyncHttpxClient,
        DefaultHttpx2Client,
        DefaultHttpxClient,
        OpenAI,
    )
    from ._client import AsyncOpenAI as AsyncClient
    from ._client import OpenAI as Client
    from ._models import BaseModel
    from ._polling import PollingTimeoutError
    from ._response import APIResponse, AsyncAPIResponse, HttpxBinaryResponseContent
    from ._uploads import file_from_path
    from .lib.file_batches import BatchUploadError
    from .pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage

_ERRORS = "vectorstores_raw.errors"
# Exported name -> the module that defines it.
_EXPORTS: dict[str, str] = {
    "OpenAI": "vectorstores._client",
    "AsyncOpenAI": "vectorstores._client",
    "DEFAULT_TIMEOUT": "vectorstores._client",
    "DEFAULT_MAX_RETRIES": "vectorstores._client",
    "DEFAULT_CONNECTION_LIMITS": "vectorstores._client",
    "BaseModel": "vectorstores._models",
    "APIResponse": "vectorstores._response",
    "AsyncAPIResponse": "vectorstores._response",
    "file_from_path": "vectorstores._uploads",
    "DefaultHttpxClient": "vectorstores._client",
    "DefaultAsyncHttpxClient": "vectorstores._client",
    "DefaultHttpx2Client": "vectorstores._client",
    "DefaultAsyncHttpx2Client": "vectorstores._client",
    "DefaultAioHttpClient": "vectorstores._aiohttp",
    "SyncCursorPage": "vectorstores.pagination",
    "AsyncCursorPage": "vectorstores.pagination",
    "AsyncPaginator": "vectorstores.pagination",
    "SyncPage": "vectorstores.pagination",
    "AsyncPage": "vectorstores.pagination",
    "HttpxBinaryResponseContent": "vectorstores._response",
    "PollingTimeoutError": "vectorstores._polling",
    "BatchUploadError": "vectorstores.lib.file_batches",
    "NOT_GIVEN": "vectorstores_raw.types",
    "NotGiven": "vectorstores_raw.types",
    "Omit": "vectorstores_raw.types",
    "omit": "vectorstores_raw.types",
    "Timeout": "httpx",
    **{
        name: _ERRORS
        for name in (
            "OpenAIError",
            "APIError",
            "APIStatusError",
            "APIConnectionError",
            "APITimeoutError",
            "APIResponseValidationError",
            "BadRequestError",
            "AuthenticationError",
            "PermissionDeniedError",
            "NotFoundError",
            "ConflictError",
            "UnprocessableEntityError",
            "RateLimitError",
            "InternalServerError",
        )
    },
}

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIResponse",
    "AsyncClient",
    "AsyncCursorPage",
    "AsyncOpenAI",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BaseModel",
    "BatchUploadError",
    "Client",
    "ConflictError",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpx2Client",
    "DefaultAsyncHttpxClient",
    "DefaultHttpx2Client",
    "DefaultHttpxClient",
    "HttpxBinaryResponseContent",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "Omit",
    "OpenAI",
    "OpenAIError",
    "PermissionDeniedError",
    "PollingTimeoutError",
    "RateLimitError",
    "SyncCursorPage",
    "SyncPage",
    "Timeout",
    "UnprocessableEntityError",
    "__version__",
    "file_from_path",
    "not_given",
    "omit",
]


# openai-python's other names for some of them.
_ALIASES = {"not_given": "NOT_GIVEN", "Client": "OpenAI", "AsyncClient": "AsyncOpenAI"}


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


def __getattr__(name: str) -> Any:
    module_client = importlib.import_module("vectorstores._module_client")  # not `from .`: it asks us
    if name in module_client.RESOURCES:  # vectorstores.files, vectorstores.vector_stores, ...
        return getattr(module_client.load(), name)
    own = _ALIASES.get(name, name)
    module = _EXPORTS.get(own)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), own)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
