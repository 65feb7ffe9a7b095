# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseInputFileContentParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ResponseInputFileContentParam", "PromptCacheBreakpoint"]


class ResponseInputFileContentParam(TypedDict, total=False):
    """A file input to the model."""

    type: Required[Literal["input_file"]]
    """The type of the input item. Always `input_file`."""
    detail: Literal["auto", "high", "low"]
    """The detail level of the file to be sent to the model. Use `auto` to let the system select the detail level; for
    GPT-5.6 and later models, `auto` uses high-quality rendering, which may increase input token usage. Use `low` for
    lower-cost rendering, or `high` to render the file at higher quality. Defaults to `auto`.
    """
    file_data: str | None
    """The base64-encoded data of the file to be sent to the model."""
    file_id: str | None
    """The ID of the file to be sent to the model."""
    file_url: str | None
    """The URL of the file to be sent to the model."""
    filename: str | None
    """The name of the file to be sent to the model."""
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
