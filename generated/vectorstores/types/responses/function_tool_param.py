# Generated from openapi.yaml by make generate; do not edit.
"""``FunctionToolParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from typing_extensions import Required, TypedDict

__all__ = ["FunctionToolParam"]


class FunctionToolParam(TypedDict, total=False):
    """Defines a function in your own code the model can choose to call. Learn more about [function
    calling](https://platform.openai.com/docs/guides/function-calling).
    """

    name: Required[str]
    """The name of the function to call."""
    parameters: Required[dict[str, Any] | None]
    """A JSON schema object describing the parameters of the function."""
    strict: Required[bool | None]
    """Whether strict parameter validation is enforced for this function tool."""
    type: Required[Literal["function"]]
    """The type of the function tool. Always `function`."""
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    """The tool invocation context(s)."""
    defer_loading: bool
    """Whether this function is deferred and loaded via tool search."""
    description: str | None
    """A description of the function. Used by the model to determine whether or not to call the function."""
    output_schema: dict[str, Any] | None
    """A JSON schema object describing the JSON value encoded in string outputs for this function."""
