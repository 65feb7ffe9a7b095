# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputMessageParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores.types.responses.response_output_refusal_param import ResponseOutputRefusalParam
from vectorstores.types.responses.response_output_text_param import ResponseOutputTextParam

__all__ = ["ResponseOutputMessageParam", "Content"]


class ResponseOutputMessageParam(TypedDict, total=False):
    """An output message from the model."""

    content: Required[Iterable[Content]]
    """The content of the output message."""
    id: Required[str]
    """The unique ID of the output message."""
    role: Required[Literal["assistant"]]
    """The role of the output message. Always `assistant`."""
    status: Required[Literal["completed", "in_progress", "incomplete"]]
    """The status of the message input. One of `in_progress`, `completed`, or `incomplete`. Populated when input items
    are returned via API.
    """
    type: Required[Literal["message"]]
    """The type of the output message. Always `message`."""
    phase: Literal["commentary", "final_answer"] | None
    """Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`). For
    models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend phase on all
    assistant messages — dropping it can degrade performance. Not used for user messages.
    """


Content: TypeAlias = ResponseOutputTextParam | ResponseOutputRefusalParam
