# Generated from openapi.yaml by make generate; do not edit.
"""The ``LocalShellExecAction`` object."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.local_shell_exec_action_type import LocalShellExecActionType
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    pass

T = TypeVar("T", bound="LocalShellExecAction")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("command", "command"),
    ("env", "env"),
    ("type", "type"),
    ("timeout_ms", "timeout_ms"),
    ("user", "user"),
    ("working_directory", "working_directory"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"command", "env", "type", "timeout_ms", "user", "working_directory"})


@_attrs_define(init=False, repr=False)
class LocalShellExecAction(BaseModel):
    """Execute a shell command on the server.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    command: list[str]
    """The command to run."""
    env: dict[str, str]
    """Environment variables to set for the command."""
    type: LocalShellExecActionType
    """The type of the local shell action. Always `exec`."""
    timeout_ms: int | None
    """Optional timeout in milliseconds for the command."""
    user: str | None
    """Optional user to run the command as."""
    working_directory: str | None
    """Optional working directory to run the command in."""

    _fields = _FIELDS
    _required = frozenset({"type", "command", "env"})

    def __init__(
        self,
        *,
        command: list[str],
        env: dict[str, str],
        type: LocalShellExecActionType,
        timeout_ms: int | None | Unset = UNSET,
        user: str | None | Unset = UNSET,
        working_directory: str | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "command", "env"}
        self.command = command
        self.env = env
        self.type = type
        if isinstance(timeout_ms, Unset):
            self.timeout_ms = None
        else:
            self.timeout_ms = timeout_ms
            _given_keys.add("timeout_ms")
        if isinstance(user, Unset):
            self.user = None
        else:
            self.user = user
            _given_keys.add("user")
        if isinstance(working_directory, Unset):
            self.working_directory = None
        else:
            self.working_directory = working_directory
            _given_keys.add("working_directory")
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
        obj.command = pop("command", None)
        obj.env = pop("env", None)
        obj.type = pop("type", None)
        obj.timeout_ms = pop("timeout_ms", None)
        obj.user = pop("user", None)
        obj.working_directory = pop("working_directory", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("exec",) and "command" in data and "env" in data
