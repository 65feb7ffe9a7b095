# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFileSearchToolCallParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr

__all__ = ["ResponseFileSearchToolCallParam", "Result"]


class ResponseFileSearchToolCallParam(TypedDict, total=False):
    """The results of a file search tool call. See the [file search guide](/docs/guides/tools-file-search) for more
    information.
    """

    id: Required[str]
    """The unique ID of the file search tool call."""
    queries: Required[SequenceNotStr[str]]
    """The queries used to search for files."""
    status: Required[Literal["completed", "failed", "in_progress", "incomplete", "searching"]]
    """The status of the file search tool call. One of `in_progress`, `searching`, `incomplete` or `failed`,"""
    type: Required[Literal["file_search_call"]]
    """The type of the file search tool call. Always `file_search_call`."""
    results: Iterable[Result] | None
    """The results of the file search tool call."""


class Result(TypedDict, total=False):
    """The results of the file search tool call."""

    attributes: dict[str, str | float | bool] | None
    """Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format, and querying for objects via API or the dashboard. Keys are
    strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters,
    booleans, or numbers.
    """
    file_id: str
    """The unique ID of the file."""
    filename: str
    """The name of the file."""
    score: float
    """The relevance score of the file - a value between 0 and 1."""
    text: str
    """The text that was retrieved from the file."""
