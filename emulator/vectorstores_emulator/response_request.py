"""A ``POST /v1/responses`` body read and checked: the tools the stand-in can run (``file_search``
with its defaults filled as the real API echoes them), the input as stored items, and the 400s
the real API sends for what is wrong, each naming the parameter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import ApiError, invalid, not_found
from .schema import request_error
from .search import check_filter
from .state import State

__all__ = [
    "FILE_SEARCH_RESULTS",
    "Ask",
    "file_search_tool",
    "input_items",
    "messages_text",
    "read_ask",
    "unknown_parameters",
]

FILE_SEARCH_RESULTS = "file_search_call.results"
# The include values the document lists; only file_search_call.results changes what is answered.
INCLUDABLE = (
    "code_interpreter_call.outputs",
    "computer_call_output.output.image_url",
    FILE_SEARCH_RESULTS,
    "message.input_image.image_url",
    "message.output_text.logprobs",
    "reasoning.encrypted_content",
    "web_search_call.action.sources",
    "web_search_call.results",
)
# Request parameters the stand-in reads or echoes; any other is the real API's unknown_parameter.
CREATE_PARAMETERS = frozenset(
    {"model", "input", "instructions", "tools", "tool_choice", "include", "store", "stream", "stream_options"}
    | {"background", "previous_response_id", "metadata", "max_output_tokens", "max_tool_calls"}
    | {"parallel_tool_calls", "prompt_cache_key", "prompt_cache_retention", "reasoning", "safety_identifier"}
    | {"service_tier", "temperature", "text", "top_logprobs", "top_p", "truncation", "user", "conversation"}
    | {"prompt", "prompt_cache_options"}
)
_FILE_SEARCH_KEYS = frozenset({"type", "vector_store_ids", "filters", "max_num_results", "ranking_options"})
_RANKERS = ("auto", "default-2024-11-15", "none")
_ROLES = ("user", "assistant", "system", "developer")


@dataclass(frozen=True)
class Ask:
    """What a create request asks of the stand-in."""

    body: dict[str, Any]
    model: str
    tools: list[dict[str, Any]]  # as echoed, defaults filled
    include: list[str]
    store: bool
    stream: bool
    background: bool

    @property
    def file_search(self) -> dict[str, Any] | None:
        """The file_search tool to run, unless there is none or ``tool_choice`` is ``none``."""
        if self.body.get("tool_choice") == "none":
            return None
        return next((tool for tool in self.tools if tool["type"] == "file_search"), None)

    @property
    def with_results(self) -> bool:
        return FILE_SEARCH_RESULTS in self.include


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a decimal"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def _wrong_type(param: str, expected: str, value: Any) -> ApiError:
    message = f"Invalid type for '{param}': expected {expected}, but got {_kind(value)} instead."
    return invalid(param, message, "invalid_type")


def _missing(param: str) -> ApiError:
    return invalid(param, f"Missing required parameter: '{param}'.", "missing_required_parameter")


def unknown_parameters(body: dict[str, Any], known: frozenset[str]) -> None:
    for key in body:
        if key not in known:
            raise invalid(key, f"Unknown parameter: '{key}'.", "unknown_parameter")


_TYPES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "model": (lambda v: isinstance(v, str), "a string"),
    "input": (lambda v: isinstance(v, (str, list)), "a string or an array"),
    "instructions": (lambda v: v is None or isinstance(v, str), "a string"),
    "tools": (lambda v: isinstance(v, list), "an array"),
    "include": (lambda v: v is None or isinstance(v, list), "an array"),
    "store": (lambda v: v is None or isinstance(v, bool), "a boolean"),
    "stream": (lambda v: v is None or isinstance(v, bool), "a boolean"),
    "background": (lambda v: v is None or isinstance(v, bool), "a boolean"),
    "previous_response_id": (lambda v: v is None or isinstance(v, str), "a string"),
    "metadata": (lambda v: v is None or isinstance(v, dict), "an object"),
    "temperature": (lambda v: v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)), "a number"),
    "top_p": (lambda v: v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)), "a number"),
}


def _check_types(body: dict[str, Any]) -> None:
    for name, (fits, expected) in _TYPES.items():
        if name in body and not fits(body[name]):
            raise _wrong_type(name, expected, body[name])


def file_search_tool(tool: dict[str, Any], param: str, state: State) -> dict[str, Any]:
    """A file_search tool checked against the stores it names, with the defaults the real API
    echoes (``max_num_results`` 20, ranker ``auto``, ``score_threshold`` 0.0, ``filters`` null)."""
    for key in tool:
        if key not in _FILE_SEARCH_KEYS:
            raise invalid(f"{param}.{key}", f"Unknown parameter: '{param}.{key}'.", "unknown_parameter")
    if "vector_store_ids" not in tool:
        raise _missing(f"{param}.vector_store_ids")
    store_ids = tool["vector_store_ids"]
    if not isinstance(store_ids, list) or not all(isinstance(item, str) for item in store_ids):
        raise _wrong_type(f"{param}.vector_store_ids", "an array of strings", store_ids)
    for position, store_id in enumerate(store_ids):
        if state.vector_store(store_id) is None:
            error = not_found("VectorStore", store_id)
            error.param = f"{param}.vector_store_ids[{position}]"
            raise error
    limit = tool.get("max_num_results", 20)
    if not isinstance(limit, int) or isinstance(limit, bool):
        raise _wrong_type(f"{param}.max_num_results", "an integer", limit)
    if not 1 <= limit <= 50:
        name = f"{param}.max_num_results"
        raise invalid(name, f"Invalid '{name}': expected a value between 1 and 50, but got {limit} instead.")
    ranking = dict(tool.get("ranking_options") or {})
    if not isinstance(tool.get("ranking_options", {}), dict):
        raise _wrong_type(f"{param}.ranking_options", "an object", tool["ranking_options"])
    ranker = ranking.get("ranker", "auto")
    if ranker not in _RANKERS:
        name = f"{param}.ranking_options.ranker"
        supported = ", ".join(f"'{item}'" for item in _RANKERS)
        raise invalid(name, f"Invalid value: '{ranker}'. Supported values are: {supported}.")
    threshold = ranking.get("score_threshold", 0.0)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        name = f"{param}.ranking_options.score_threshold"
        raise invalid(name, f"Invalid '{name}': expected a number between 0 and 1, but got {threshold!r} instead.")
    filters = tool.get("filters")
    if filters is not None:
        # The same filter grammar as a store search: its schema and its rules, under this name.
        problem = request_error("/vector_stores/{vector_store_id}/search", "post", {"query": "q", "filters": filters})
        if problem is not None:
            problem.param = (problem.param or "filters").replace("filters", f"{param}.filters", 1)
            problem.message = problem.message.replace("'filters", f"'{param}.filters")
            raise problem
        check_filter(filters, f"{param}.filters")
    return {
        "type": "file_search",
        "filters": filters,
        "max_num_results": limit,
        "ranking_options": {**ranking, "ranker": ranker, "score_threshold": float(threshold)},
        "vector_store_ids": store_ids,
    }


def _tools(value: list[Any], state: State) -> list[dict[str, Any]]:
    tools: list[dict[str, Any]] = []
    for position, tool in enumerate(value):
        param = f"tools[{position}]"
        if not isinstance(tool, dict):
            raise _wrong_type(param, "an object", tool)
        kind = tool.get("type")
        if not isinstance(kind, str):
            raise _missing(f"{param}.type")
        if kind != "file_search":
            raise ApiError(
                400,
                f"The emulator cannot run the '{kind}' tool ({param}): its stand-in for a model runs "
                "only 'file_search' over the emulator's vector stores.",
                param=f"{param}.type",
                code="unsupported_tool",
            )
        if any(earlier["type"] == "file_search" for earlier in tools):
            raise invalid(f"{param}.type", "Only one 'file_search' tool may be given.", "duplicate_tool")
        tools.append(file_search_tool(tool, param, state))
    return tools


def _content(content: Any, role: str, param: str) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "output_text" if role == "assistant" else "input_text", "text": content}]
    if not isinstance(content, list):
        raise _wrong_type(param, "a string or an array", content)
    for position, part in enumerate(content):
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise _missing(f"{param}[{position}].type")
    return [dict(part) for part in content]


def input_items(value: Any, new_id: Callable[[str], str], param: str = "input") -> list[dict[str, Any]]:
    """The input as stored items: a string is one user message; a message gets an id, a
    ``completed`` status and its string content as a text part, as ``input_items`` lists them."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [{"role": "user", "content": value}]
    items = []
    for position, item in enumerate(value):
        where = f"{param}[{position}]"
        if not isinstance(item, dict):
            raise _wrong_type(where, "an object", item)
        if "role" in item and item.get("type", "message") == "message":
            role = item["role"]
            if role not in _ROLES:
                supported = ", ".join(f"'{name}'" for name in _ROLES)
                raise invalid(f"{where}.role", f"Invalid value: '{role}'. Supported values are: {supported}.")
            if "content" not in item:
                raise _missing(f"{where}.content")
            items.append(
                {
                    "id": item.get("id") or new_id("msg"),
                    "type": "message",
                    "status": item.get("status", "completed"),
                    "content": _content(item["content"], role, f"{where}.content"),
                    "role": role,
                }
            )
        elif isinstance(item.get("type"), str):
            # Other items (tool calls and outputs, compactions) are kept as sent; one without an id
            # gets one, since input_items pages by id (a reference names another item instead).
            kept = dict(item)
            if "id" not in kept and kept["type"] != "item_reference":
                kept = {"id": new_id("item"), **kept}
            items.append(kept)
        else:
            raise _missing(f"{where}.type")
    return items


def messages_text(items: list[dict[str, Any]], role: str | None = None) -> list[str]:
    """The text of each message among ``items`` (of ``role`` if given), in order."""
    found = []
    for item in items:
        if item.get("type") == "message" and (role is None or item.get("role") == role):
            parts = [str(part.get("text", "")) for part in item.get("content", []) if "text" in part]
            found.append("\n".join(parts))
    return found


def read_ask(body: dict[str, Any], state: State) -> Ask:
    """The create request checked; a bad one is the 400 (or the 404 for an unknown store) the
    real API sends."""
    unknown_parameters(body, CREATE_PARAMETERS)
    if "model" not in body:
        raise _missing("model")
    _check_types(body)
    for name in ("conversation", "prompt"):
        if body.get(name) is not None:
            raise ApiError(
                400, f"The emulator does not support '{name}': it keeps no {name}s.", param=name, code="unsupported"
            )
    include = list(body.get("include") or [])
    for position, value in enumerate(include):
        if value not in INCLUDABLE:
            supported = ", ".join(f"'{item}'" for item in INCLUDABLE)
            raise invalid(f"include[{position}]", f"Invalid value: '{value}'. Supported values are: {supported}.")
    store = body.get("store", True) is not False
    background = body.get("background") is True
    if background and not store:
        raise invalid("background", "Background responses must be stored: 'store' cannot be false with 'background'.")
    return Ask(
        body=body,
        model=body["model"],
        tools=_tools(body.get("tools") or [], state),
        include=include,
        store=store,
        stream=body.get("stream") is True,
        background=background,
    )
