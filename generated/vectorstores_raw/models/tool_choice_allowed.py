# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolChoiceAllowed`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.tool_choice_allowed_mode import ToolChoiceAllowedMode
from ..models.tool_choice_allowed_type import ToolChoiceAllowedType

if TYPE_CHECKING:
    pass

T = TypeVar("T", bound="ToolChoiceAllowed")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("mode", "mode"),
    ("tools", "tools"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"mode", "tools", "type"})


@_attrs_define(init=False, repr=False)
class ToolChoiceAllowed(BaseModel):
    """Constrains the tools available to the model to a pre-defined set.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    mode: ToolChoiceAllowedMode
    """Constrains the tools available to the model to a pre-defined set.

    `auto` allows the model to pick from among the allowed tools and generate a message.

    `required` requires the model to call one or more of the allowed tools.
    """
    tools: list[dict[str, Any]]
    """A list of tool definitions that the model should be allowed to call.

    For the Responses API, the list of tool definitions might look like:
    ```json
    [
      { "type": "function", "name": "get_weather" },
      { "type": "mcp", "server_label": "deepwiki" },
      { "type": "image_generation" }
    ]
    ```
    """
    type: ToolChoiceAllowedType
    """Allowed tool configuration type. Always `allowed_tools`."""

    _fields = _FIELDS
    _required = frozenset({"type", "mode", "tools"})

    def __init__(
        self,
        *,
        mode: ToolChoiceAllowedMode,
        tools: list[dict[str, Any]],
        type: ToolChoiceAllowedType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "mode", "tools"}
        self.mode = mode
        self.tools = tools
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
        obj.mode = pop("mode", None)
        obj.tools = pop("tools", None)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("allowed_tools",)
            and data.get("mode")
            in (
                "auto",
                "required",
            )
            and "tools" in data
        )
