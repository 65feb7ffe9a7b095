# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceCustomParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ToolChoiceCustomParam"]


class ToolChoiceCustomParam(TypedDict, total=False):
    """Use this option to force the model to call a specific custom tool."""

    name: Required[str]
    """The name of the custom tool to call."""
    type: Required[Literal["custom"]]
    """For custom tool calling, the type is always `custom`."""
