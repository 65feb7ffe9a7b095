# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionShellCallItemParam`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.function_shell_call_item_param_type import (
    FunctionShellCallItemParamType,
)
from ..models.shell_call_status import ShellCallStatus
from ..types import UNSET, Unset, discriminated_parser, lenient

if TYPE_CHECKING:
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.local_environment_param import LocalEnvironmentParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
    from ..models.shell_action import ShellAction

T = TypeVar("T", bound="FunctionShellCallItemParam")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("action", "action"),
    ("call_id", "call_id"),
    ("type", "type"),
    ("id", "id"),
    ("caller", "caller"),
    ("environment", "environment"),
    ("status", "status"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"action", "call_id", "type", "id", "caller", "environment", "status"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.container_reference_param import ContainerReferenceParam  # noqa: PLC0415
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam  # noqa: PLC0415
    from ..models.local_environment_param import LocalEnvironmentParam  # noqa: PLC0415
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam  # noqa: PLC0415
    from ..models.shell_action import ShellAction  # noqa: PLC0415

    return (
        ShellAction.from_dict,
        discriminated_parser("type", {"direct": DirectToolCallCallerParam, "program": ProgramToolCallCallerParam}),
        discriminated_parser("type", {"local": LocalEnvironmentParam, "container_reference": ContainerReferenceParam}),
    )


@_attrs_define(init=False, repr=False)
class FunctionShellCallItemParam(BaseModel):
    """The FunctionShellCallItemParam object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    action: ShellAction
    call_id: str
    type: FunctionShellCallItemParamType
    id: str | None
    caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None
    environment: LocalEnvironmentParam | ContainerReferenceParam | None
    status: ShellCallStatus | None

    _fields = _FIELDS
    _required = frozenset({"call_id", "type", "action"})

    def __init__(
        self,
        *,
        action: ShellAction,
        call_id: str,
        type: FunctionShellCallItemParamType,
        id: str | None | Unset = UNSET,
        caller: DirectToolCallCallerParam | ProgramToolCallCallerParam | None | Unset = UNSET,
        environment: LocalEnvironmentParam | ContainerReferenceParam | None | Unset = UNSET,
        status: ShellCallStatus | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"call_id", "type", "action"}
        self.action = action
        self.call_id = call_id
        self.type = type
        if isinstance(id, Unset):
            self.id = None
        else:
            self.id = id
            _given_keys.add("id")
        if isinstance(caller, Unset):
            self.caller = None
        else:
            self.caller = caller
            _given_keys.add("caller")
        if isinstance(environment, Unset):
            self.environment = None
        else:
            self.environment = environment
            _given_keys.add("environment")
        if isinstance(status, Unset):
            self.status = None
        else:
            self.status = status
            _given_keys.add("status")
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
            parse_3,
        ) = _parsers()
        obj.action = lenient(pop("action", None), parse_1)
        obj.call_id = pop("call_id", None)
        obj.type = pop("type", None)
        obj.id = pop("id", None)
        obj.caller = lenient(pop("caller", None), parse_2)
        obj.environment = lenient(pop("environment", None), parse_3)
        obj.status = pop("status", None)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return "call_id" in data and data.get("type") in ("shell_call",) and "action" in data
