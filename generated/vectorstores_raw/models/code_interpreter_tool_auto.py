# Generated from openapi.yaml by make generate; do not edit.
"""The ``CodeInterpreterToolAuto`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.code_interpreter_tool_auto_type import CodeInterpreterToolAutoType
from ..models.container_memory_limit import ContainerMemoryLimit
from ..types import (
    UNSET,
    Unset,
    discriminated_parser,
    lenient,
)

if TYPE_CHECKING:
    from ..models.container_network_policy_allowlist import ContainerNetworkPolicyAllowlist
    from ..models.container_network_policy_disabled import ContainerNetworkPolicyDisabled

T = TypeVar("T", bound="CodeInterpreterToolAuto")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("type", "type"),
    ("file_ids", "file_ids"),
    ("memory_limit", "memory_limit"),
    ("network_policy", "network_policy"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"type", "file_ids", "memory_limit", "network_policy"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.container_network_policy_allowlist import ContainerNetworkPolicyAllowlist  # noqa: PLC0415
    from ..models.container_network_policy_disabled import ContainerNetworkPolicyDisabled  # noqa: PLC0415

    return (
        discriminated_parser(
            "type", {"disabled": ContainerNetworkPolicyDisabled, "allowlist": ContainerNetworkPolicyAllowlist}
        ),
    )


@_attrs_define(init=False, repr=False)
class CodeInterpreterToolAuto(BaseModel):
    """Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    type: CodeInterpreterToolAutoType
    """Always `auto`."""
    file_ids: list[str] | None
    """An optional list of uploaded files to make available to your code."""
    memory_limit: ContainerMemoryLimit | None
    """The memory limit for the code interpreter container."""
    network_policy: ContainerNetworkPolicyDisabled | ContainerNetworkPolicyAllowlist | None
    """Network access policy for the container."""

    _fields = _FIELDS
    _required = frozenset({"type"})

    def __init__(
        self,
        *,
        type: CodeInterpreterToolAutoType,
        file_ids: list[str] | None | Unset = UNSET,
        memory_limit: ContainerMemoryLimit | None | Unset = UNSET,
        network_policy: ContainerNetworkPolicyDisabled | ContainerNetworkPolicyAllowlist | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type"}
        self.type = type
        if isinstance(file_ids, Unset):
            self.file_ids = None
        else:
            self.file_ids = file_ids
            _given_keys.add("file_ids")
        if isinstance(memory_limit, Unset):
            self.memory_limit = None
        else:
            self.memory_limit = memory_limit
            _given_keys.add("memory_limit")
        if isinstance(network_policy, Unset):
            self.network_policy = None
        else:
            self.network_policy = network_policy
            _given_keys.add("network_policy")
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
        obj.file_ids = pop("file_ids", None)
        obj.memory_limit = pop("memory_limit", None)
        obj.network_policy = lenient(pop("network_policy", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("auto",)
