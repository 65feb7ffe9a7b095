# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionShellTool`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..models.function_shell_tool_type import FunctionShellToolType
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.container_auto import ContainerAuto
    from ..models.container_reference import ContainerReference
    from ..models.local_environment import LocalEnvironment

T = TypeVar("T", bound="FunctionShellTool")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("type", "type"),
    ("allowed_callers", "allowed_callers"),
    ("environment", "environment"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"type", "allowed_callers", "environment"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.container_auto import ContainerAuto  # noqa: PLC0415
    from ..models.container_reference import ContainerReference  # noqa: PLC0415
    from ..models.local_environment import LocalEnvironment  # noqa: PLC0415

    return (
        discriminated_parser(
            "type",
            {"container_auto": ContainerAuto, "local": LocalEnvironment, "container_reference": ContainerReference},
        ),
    )


@_attrs_define(init=False, repr=False)
class FunctionShellTool(BaseModel):
    """A tool that allows the model to execute shell commands.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    type: FunctionShellToolType
    """The type of the shell tool. Always `shell`."""
    allowed_callers: list[CallableToolAllowedCaller] | None
    """The tool invocation context(s)."""
    environment: ContainerAuto | LocalEnvironment | ContainerReference | None

    _fields = _FIELDS
    _required = frozenset({"type"})

    def __init__(
        self,
        *,
        type: FunctionShellToolType,
        allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET,
        environment: ContainerAuto | LocalEnvironment | ContainerReference | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type"}
        self.type = type
        if isinstance(allowed_callers, Unset):
            self.allowed_callers = None
        else:
            self.allowed_callers = allowed_callers
            _given_keys.add("allowed_callers")
        if isinstance(environment, Unset):
            self.environment = None
        else:
            self.environment = environment
            _given_keys.add("environment")
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
        obj.type = pop("type", None)
        obj.allowed_callers = pop("allowed_callers", None)
        obj.environment = lenient(pop("environment", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("shell",)
