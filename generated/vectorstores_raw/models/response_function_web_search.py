# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionWebSearch`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.response_function_web_search_status import (
    ResponseFunctionWebSearchStatus,
)
from ..models.response_function_web_search_type import (
    ResponseFunctionWebSearchType,
)
from ..types import (
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.find_action import FindAction
    from ..models.open_page_action import OpenPageAction
    from ..models.search_action import SearchAction

T = TypeVar("T", bound="ResponseFunctionWebSearch")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("action", "action"),
    ("status", "status"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "action", "status", "type"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.find_action import FindAction  # noqa: PLC0415
    from ..models.open_page_action import OpenPageAction  # noqa: PLC0415
    from ..models.search_action import SearchAction  # noqa: PLC0415

    return (
        discriminated_parser("type", {"search": SearchAction, "open_page": OpenPageAction, "find_in_page": FindAction}),
    )


@_attrs_define(init=False, repr=False)
class ResponseFunctionWebSearch(BaseModel):
    """The results of a web search tool call. See the [web search guide](/docs/guides/tools-web-search) for more
    information.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of the web search tool call."""
    action: SearchAction | OpenPageAction | FindAction
    """An object describing the specific action taken in this web search call. Includes details on how the model used
    the web (search, open_page, find_in_page).
    """
    status: ResponseFunctionWebSearchStatus
    """The status of the web search tool call."""
    type: ResponseFunctionWebSearchType
    """The type of the web search tool call. Always `web_search_call`."""

    _fields = _FIELDS
    _required = frozenset({"id", "type", "status", "action"})

    def __init__(
        self,
        *,
        id: str,
        action: SearchAction | OpenPageAction | FindAction,
        status: ResponseFunctionWebSearchStatus,
        type: ResponseFunctionWebSearchType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"id", "type", "status", "action"}
        self.id = id
        self.action = action
        self.status = status
        self.type = type
        self.additional_properties = {}
        self._given = _given_keys
        self._request_id = None

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object without raising on missing, null or unexpected values."""
        if not isinstance(src_dict, Mapping):  # dict("") is {} and a list of pairs a dict: neither fits
            raise TypeError(f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        # Straight-line assignments, not __init__: parsing is the hot path.
        obj = cls.__new__(cls)
        obj._given = _KEYS.intersection(d)
        pop = d.pop
        (parse_1,) = _parsers()
        obj.id = pop("id", None)
        obj.action = lenient(pop("action", None), parse_1)
        obj.status = pop("status", None)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            "id" in data
            and data.get("type") in ("web_search_call",)
            and data.get("status")
            in (
                "completed",
                "failed",
                "in_progress",
                "searching",
            )
            and "action" in data
        )
