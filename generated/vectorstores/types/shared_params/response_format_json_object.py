# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFormatJSONObject``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ResponseFormatJSONObject"]


class ResponseFormatJSONObject(TypedDict, total=False):
    """JSON object response format. An older method of generating JSON responses. Using `json_schema` is recommended for
    models that support it. Note that the model will not generate JSON without a system or user message instructing
    it to do so.
    """

    type: Required[Literal["json_object"]]
    """The type of response format being defined. Always `json_object`."""
