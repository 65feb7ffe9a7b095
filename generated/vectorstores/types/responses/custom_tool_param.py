# Generated from openapi.yaml by make generate; do not edit.
"""``CustomToolParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict

__all__ = ["CustomToolParam", "FormatTextFormat", "FormatGrammarFormat", "Format"]


class CustomToolParam(TypedDict, total=False):
    """A custom tool that processes input using a specified format. Learn more about   [custom
    tools](/docs/guides/function-calling#custom-tools)
    """

    name: Required[str]
    """The name of the custom tool, used to identify it in tool calls."""
    type: Required[Literal["custom"]]
    """The type of the custom tool. Always `custom`."""
    allowed_callers: Iterable[Literal["direct", "programmatic"]] | None
    """The tool invocation context(s)."""
    defer_loading: bool
    """Whether this tool should be deferred and discovered via tool search."""
    description: str
    """Optional description of the custom tool, used to provide more context."""
    format: Format
    """The input format for the custom tool. Default is unconstrained text."""


class FormatTextFormat(TypedDict, total=False):
    """Unconstrained free-form text."""

    type: Required[Literal["text"]]
    """Unconstrained text format. Always `text`."""


class FormatGrammarFormat(TypedDict, total=False):
    """A grammar defined by the user."""

    definition: Required[str]
    """The grammar definition."""
    syntax: Required[Literal["lark", "regex"]]
    """The syntax of the grammar definition. One of `lark` or `regex`."""
    type: Required[Literal["grammar"]]
    """Grammar format. Always `grammar`."""


Format: TypeAlias = FormatTextFormat | FormatGrammarFormat
