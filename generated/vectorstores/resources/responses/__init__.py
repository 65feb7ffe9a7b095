# Generated from openapi.yaml by make generate; do not edit.
"""The resource classes of ``client.responses``, loaded on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .input_items import (
        AsyncInputItems,
        AsyncInputItemsWithRawResponse,
        AsyncInputItemsWithStreamingResponse,
        InputItems,
        InputItemsWithRawResponse,
        InputItemsWithStreamingResponse,
    )
    from .input_tokens import (
        AsyncInputTokens,
        AsyncInputTokensWithRawResponse,
        AsyncInputTokensWithStreamingResponse,
        InputTokens,
        InputTokensWithRawResponse,
        InputTokensWithStreamingResponse,
    )
    from .responses import (
        AsyncResponses,
        AsyncResponsesWithRawResponse,
        AsyncResponsesWithStreamingResponse,
        Responses,
        ResponsesWithRawResponse,
        ResponsesWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "Responses": "responses",
    "ResponsesWithRawResponse": "responses",
    "ResponsesWithStreamingResponse": "responses",
    "AsyncResponses": "responses",
    "AsyncResponsesWithRawResponse": "responses",
    "AsyncResponsesWithStreamingResponse": "responses",
    "InputItems": "input_items",
    "InputItemsWithRawResponse": "input_items",
    "InputItemsWithStreamingResponse": "input_items",
    "AsyncInputItems": "input_items",
    "AsyncInputItemsWithRawResponse": "input_items",
    "AsyncInputItemsWithStreamingResponse": "input_items",
    "InputTokens": "input_tokens",
    "InputTokensWithRawResponse": "input_tokens",
    "InputTokensWithStreamingResponse": "input_tokens",
    "AsyncInputTokens": "input_tokens",
    "AsyncInputTokensWithRawResponse": "input_tokens",
    "AsyncInputTokensWithStreamingResponse": "input_tokens",
}

__all__ = [
    "AsyncInputItems",
    "AsyncInputItemsWithRawResponse",
    "AsyncInputItemsWithStreamingResponse",
    "AsyncInputTokens",
    "AsyncInputTokensWithRawResponse",
    "AsyncInputTokensWithStreamingResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "InputItems",
    "InputItemsWithRawResponse",
    "InputItemsWithStreamingResponse",
    "InputTokens",
    "InputTokensWithRawResponse",
    "InputTokensWithStreamingResponse",
    "Responses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
