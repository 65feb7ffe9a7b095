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

    from ._aiohttp import DefaultAioHttpClient
    from ._client import (
        AsyncOpenAI,
        DefaultAsyncHttpx2Client,
        DefaultAsyncHttpxClient,
        DefaultHttpx2Client,
        DefaultHttpxClient,
        OpenAI,
    )
    from ._polling import PollingTimeoutError
    from ._response import HttpxBinaryResponseContent
    from .lib.file_batches import BatchUploadError
    from .pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage

_ERRORS = "vectorstores_raw.errors"
_EXPORTS: dict[str, str] = {
    "OpenAI": "vectorstores._client",
    "AsyncOpenAI": "vectorstores._client",
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
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCursorPage",
    "AsyncOpenAI",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BatchUploadError",
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
    "UnprocessableEntityError",
    "__version__",
    "omit",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
