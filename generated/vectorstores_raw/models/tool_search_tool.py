# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolSearchTool`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.tool_search_execution_type import ToolSearchExecutionType
from ..models.tool_search_tool_type import ToolSearchToolType
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    pass

T = TypeVar("T", bound="ToolSearchTool")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("type", "type"),
    ("description", "description"),
    ("execution", "execution"),
    ("parameters", "parameters"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"type", "description", "execution", "parameters"})


@_attrs_define(init=False, repr=False)
class ToolSearchTool(BaseModel):
    """Hosted or BYOT tool search configuration for deferred tools.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    type: ToolSearchToolType
    """The type of the tool. Always `tool_search`."""
    description: str | None
    """Description shown to the model for a client-executed tool search tool."""
    execution: ToolSearchExecutionType | None
    """Whether tool search is executed by the server or by the client."""
    parameters: dict[str, Any] | None
    """Parameter schema for a client-executed tool search tool."""

    _fields = _FIELDS
    _required = frozenset({"type"})

    def __init__(
        self,
        *,
        type: ToolSearchToolType,
        description: str | None | Unset = UNSET,
        execution: ToolSearchExecutionType | None | Unset = UNSET,
        parameters: dict[str, Any] | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type"}
        self.type = type
        if isinstance(description, Unset):
            self.description = None
        else:
            self.description = description
            _given_keys.add("description")
        if isinstance(execution, Unset):
            self.execution = None
        else:
            self.execution = execution
            _given_keys.add("execution")
        if isinstance(parameters, Unset):
            self.parameters = None
        else:
            self.parameters = parameters
            _given_keys.add("parameters")
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
        obj.type = pop("type", None)
        obj.description = pop("description", None)
        obj.execution = pop("execution", None)
        obj.parameters = pop("parameters", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("tool_search",)
