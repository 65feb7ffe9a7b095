# Generated from openapi.yaml by make generate; do not edit.
"""The ``ShellAction`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ShellAction")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("commands", "commands"),
    ("max_output_length", "max_output_length"),
    ("timeout_ms", "timeout_ms"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"commands", "max_output_length", "timeout_ms"})


@_attrs_define(init=False, repr=False)
class ShellAction(BaseModel):
    """Commands and limits describing how to run the shell tool call.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    commands: list[str]
    """Ordered shell commands for the execution environment to run."""
    max_output_length: int | None
    """Maximum number of UTF-8 characters to capture from combined stdout and stderr output."""
    timeout_ms: int | None
    """Maximum wall-clock time in milliseconds to allow the shell commands to run."""

    _fields = _FIELDS
    _required = frozenset({"commands"})

    def __init__(
        self,
        *,
        commands: list[str],
        max_output_length: int | None | Unset = UNSET,
        timeout_ms: int | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"commands"}
        self.commands = commands
        if isinstance(max_output_length, Unset):
            self.max_output_length = None
        else:
            self.max_output_length = max_output_length
            _given_keys.add("max_output_length")
        if isinstance(timeout_ms, Unset):
            self.timeout_ms = None
        else:
            self.timeout_ms = timeout_ms
            _given_keys.add("timeout_ms")
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
        obj.commands = pop("commands", None)
        obj.max_output_length = pop("max_output_length", None)
        obj.timeout_ms = pop("timeout_ms", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "commands" in data
