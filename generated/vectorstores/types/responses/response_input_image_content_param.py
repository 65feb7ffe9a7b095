# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputImageContentParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ResponseInputImageContentParam", "PromptCacheBreakpoint"]


class ResponseInputImageContentParam(TypedDict, total=False):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)"""

    type: Required[Literal["input_image"]]
    """The type of the input item. Always `input_image`."""
    detail: Literal["auto", "high", "low", "original"] | None
    """The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to
    `auto`.
    """
    file_id: str | None
    """The ID of the file to be sent to the model."""
    image_url: str | None
    """The URL of the image to be sent to the model. A fully qualified URL or base64 encoded image in a data URL."""
    prompt_cache_breakpoint: PromptCacheBreakpoint | None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """


class PromptCacheBreakpoint(TypedDict, total=False):
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    mode: Required[Literal["explicit"]]
    """The breakpoint mode. Always `explicit`."""
