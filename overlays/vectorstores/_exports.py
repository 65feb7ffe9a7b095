"""The names ``vectorstores`` offers at its top level and the module each comes from: the
package imports each on first use (``vectorstores.__getattr__``), so ``import vectorstores``
stays cheap, while type checkers read the imports below."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from httpx2 import Timeout
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
    from ._streaming import AsyncStream, Stream
    from ._uploads import file_from_path
    from ._version import __version__
    from .lib.file_batches import BatchUploadError
    from .pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage


ERRORS = "vectorstores_raw.errors"
# Exported name -> the module that defines it.
EXPORTS: dict[str, str] = {
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
    "Stream": "vectorstores._streaming",
    "AsyncStream": "vectorstores._streaming",
    "PollingTimeoutError": "vectorstores._polling",
    "BatchUploadError": "vectorstores.lib.file_batches",
    "NOT_GIVEN": "vectorstores_raw.types",
    "NotGiven": "vectorstores_raw.types",
    "Omit": "vectorstores_raw.types",
    "omit": "vectorstores_raw.types",
    "Timeout": "httpx2",
    **{
        name: ERRORS
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
    "AsyncStream",
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
    "Stream",
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
ALIASES = {"not_given": "NOT_GIVEN", "Client": "OpenAI", "AsyncClient": "AsyncOpenAI"}
