"""A Python SDK for the OpenAI Vector Stores and Files API.

``from vectorstores import OpenAI`` gives the client; submodules load on first use, so
``import vectorstores`` costs httpx and little else.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._httpx_cli import defer as _defer_httpx_cli
from ._version import __version__

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

    from ._client import AsyncOpenAI, OpenAI
    from ._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage, SyncPage
    from ._polling import PollingTimeoutError
    from .resources.file_batches import BatchUploadError

_defer_httpx_cli()  # before any submodule imports httpx: see _httpx_cli

_ERRORS = "vectorstores_raw.errors"
_EXPORTS: dict[str, str] = {
    "OpenAI": "vectorstores._client",
    "AsyncOpenAI": "vectorstores._client",
    "SyncCursorPage": "vectorstores._pagination",
    "AsyncCursorPage": "vectorstores._pagination",
    "AsyncPaginator": "vectorstores._pagination",
    "SyncPage": "vectorstores._pagination",
    "PollingTimeoutError": "vectorstores._polling",
    "BatchUploadError": "vectorstores.resources.file_batches",
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
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BatchUploadError",
    "ConflictError",
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
