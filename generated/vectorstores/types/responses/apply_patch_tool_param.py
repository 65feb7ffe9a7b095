# Generated from openapi.yaml by make generate; do not edit.
"""``ApplyPatchToolParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ApplyPatchToolParam"]


class ApplyPatchToolParam(TypedDict, total=False):
    """Allows the assistant to create, delete, or update files using unified diffs."""

    type: Required[Literal["apply_patch"]]
    """The type of the tool. Always `apply_patch`."""
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    """The tool invocation context(s)."""
