# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseConversationParamParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["ResponseConversationParamParam"]


class ResponseConversationParamParam(TypedDict, total=False):
    """The conversation that this response belongs to."""

    id: Required[str]
    """The unique ID of the conversation."""
