# Generated from openapi.yaml by make generate; do not edit.
"""``ToolChoiceApplyPatchParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ToolChoiceApplyPatchParam"]


class ToolChoiceApplyPatchParam(TypedDict, total=False):
    """Forces the model to call the apply_patch tool when executing a tool call."""

    type: Required[Literal["apply_patch"]]
    """The tool to call. Always `apply_patch`."""
