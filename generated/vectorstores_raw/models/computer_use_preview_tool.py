# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerUsePreviewTool`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.computer_environment import ComputerEnvironment
from ..models.computer_use_preview_tool_type import ComputerUsePreviewToolType

T = TypeVar("T", bound="ComputerUsePreviewTool")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("display_height", "display_height"),
    ("display_width", "display_width"),
    ("environment", "environment"),
    ("type", "type"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"display_height", "display_width", "environment", "type"})


@_attrs_define(init=False, repr=False)
class ComputerUsePreviewTool(BaseModel):
    """A tool that controls a virtual computer. Learn more about the [computer
    tool](https://platform.openai.com/docs/guides/tools-computer-use).

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    display_height: int
    """The height of the computer display."""
    display_width: int
    """The width of the computer display."""
    environment: ComputerEnvironment
    """The type of computer environment to control."""
    type: ComputerUsePreviewToolType
    """The type of the computer use tool. Always `computer_use_preview`."""

    _fields = _FIELDS
    _required = frozenset({"type", "environment", "display_width", "display_height"})

    def __init__(
        self,
        *,
        display_height: int,
        display_width: int,
        environment: ComputerEnvironment,
        type: ComputerUsePreviewToolType,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "environment", "display_width", "display_height"}
        self.display_height = display_height
        self.display_width = display_width
        self.environment = environment
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
        obj.display_height = pop("display_height", None)
        obj.display_width = pop("display_width", None)
        obj.environment = pop("environment", None)
        obj.type = pop("type", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return (
            data.get("type") in ("computer_use_preview",)
            and data.get("environment")
            in (
                "browser",
                "linux",
                "mac",
                "ubuntu",
                "windows",
            )
            and "display_width" in data
            and "display_height" in data
        )
