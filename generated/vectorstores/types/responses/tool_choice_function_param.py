# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceFunctionParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ToolChoiceFunctionParam"]


class ToolChoiceFunctionParam(TypedDict, total=False):
    """Use this option to force the model to call a specific function."""

    name: Required[str]
    """The name of the function to call."""
    type: Required[Literal["function"]]
    """For function calling, the type is always `function`."""
