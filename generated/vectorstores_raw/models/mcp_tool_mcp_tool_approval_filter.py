# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPToolMCPToolApprovalFilter`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..types import (
    UNSET,
    Unset,
    lenient,
)

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter

T = TypeVar("T", bound="MCPToolMCPToolApprovalFilter")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("always", "always"),
    ("never", "never"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"always", "never"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.mcp_tool_filter import MCPToolFilter  # noqa: PLC0415

    return (
        MCPToolFilter.from_dict,
        MCPToolFilter.from_dict,
    )


@_attrs_define(init=False, repr=False)
class MCPToolMCPToolApprovalFilter(BaseModel):
    """Specify which of the MCP server's tools require approval. Can be `always`, `never`, or a filter object associated
    with tools that require approval.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    always: MCPToolFilter | None
    """A filter object to specify which tools are allowed."""
    never: MCPToolFilter | None
    """A filter object to specify which tools are allowed."""

    _fields = _FIELDS
    _required = frozenset()

    def __init__(
        self,
        *,
        always: MCPToolFilter | None | Unset = UNSET,
        never: MCPToolFilter | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys: set[str] = set()
        if isinstance(always, Unset):
            self.always = None
        else:
            self.always = always
            _given_keys.add("always")
        if isinstance(never, Unset):
            self.never = None
        else:
            self.never = never
            _given_keys.add("never")
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
        (
            parse_1,
            parse_2,
        ) = _parsers()
        obj.always = lenient(pop("always", None), parse_1)
        obj.never = lenient(pop("never", None), parse_2)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return True
