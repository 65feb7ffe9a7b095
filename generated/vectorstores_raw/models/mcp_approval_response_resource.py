# Generated from openapi.yaml by make generate; do not edit.
"""The ``MCPApprovalResponseResource`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.mcp_approval_response_resource_type import (
    MCPApprovalResponseResourceType,
)
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MCPApprovalResponseResource")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("approval_request_id", "approval_request_id"),
    ("approve", "approve"),
    ("type", "type"),
    ("reason", "reason"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"id", "approval_request_id", "approve", "type", "reason"})


@_attrs_define(init=False, repr=False)
class MCPApprovalResponseResource(BaseModel):
    """A response to an MCP approval request.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    id: str
    """The unique ID of the approval response"""
    approval_request_id: str
    """The ID of the approval request being answered."""
    approve: bool
    """Whether the request was approved."""
    type: MCPApprovalResponseResourceType
    """The type of the item. Always `mcp_approval_response`."""
    reason: str | None
    """Optional reason for the decision."""

    _fields = _FIELDS
    _required = frozenset({"type", "id", "approval_request_id", "approve"})

    def __init__(
        self,
        *,
        id: str,
        approval_request_id: str,
        approve: bool,
        type: MCPApprovalResponseResourceType,
        reason: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "id", "approval_request_id", "approve"}
        self.id = id
        self.approval_request_id = approval_request_id
        self.approve = approve
        self.type = type
        if isinstance(reason, Unset):
            self.reason = None
        else:
            self.reason = reason
            _given_keys.add("reason")
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
        obj.id = pop("id", None)
        obj.approval_request_id = pop("approval_request_id", None)
        obj.approve = pop("approve", None)
        obj.type = pop("type", None)
        obj.reason = pop("reason", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("mcp_approval_response",)
            and "id" in data
            and "approval_request_id" in data
            and "approve" in data
        )
