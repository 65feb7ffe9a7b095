# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionWebSearchParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr

__all__ = [
    "ResponseFunctionWebSearchParam",
    "ActionSearchAction",
    "Source",
    "ActionOpenPageAction",
    "ActionFindAction",
    "Action",
]


class ResponseFunctionWebSearchParam(TypedDict, total=False):
    """The results of a web search tool call. See the [web search guide](/docs/guides/tools-web-search) for more
    information.
    """

    action: Required[Action]
    """An object describing the specific action taken in this web search call. Includes details on how the model used
    the web (search, open_page, find_in_page).
    """
    id: Required[str]
    """The unique ID of the web search tool call."""
    status: Required[Literal["completed", "failed", "in_progress", "searching"]]
    """The status of the web search tool call."""
    type: Required[Literal["web_search_call"]]
    """The type of the web search tool call. Always `web_search_call`."""


class ActionSearchAction(TypedDict, total=False):
    """Action type "search" - Performs a web search query."""

    type: Required[Literal["search"]]
    """The action type."""
    queries: SequenceNotStr[str]
    """The search queries."""
    query: str
    """Deprecated. The search query."""
    sources: Iterable[Source]
    """The sources used in the search."""


class Source(TypedDict, total=False):
    """A source used in the search."""

    type: Required[Literal["url"]]
    """The type of source. Always `url`."""
    url: Required[str]
    """The URL of the source."""


class ActionOpenPageAction(TypedDict, total=False):
    """Action type "open_page" - Opens a specific URL from search results."""

    type: Required[Literal["open_page"]]
    """The action type."""
    url: str | None
    """The URL opened by the model."""


class ActionFindAction(TypedDict, total=False):
    """Action type "find_in_page": Searches for a pattern within a loaded page."""

    pattern: Required[str]
    """The pattern or text to search for within the page."""
    type: Required[Literal["find_in_page"]]
    """The action type."""
    url: Required[str]
    """The URL of the page searched for the pattern."""


Action: TypeAlias = ActionSearchAction | ActionOpenPageAction | ActionFindAction
