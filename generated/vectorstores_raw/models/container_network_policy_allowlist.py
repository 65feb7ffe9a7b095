# Generated from openapi.yaml by make generate; do not edit.
"""The ``ContainerNetworkPolicyAllowlist`` object."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..base_model import BaseModel
from ..models.container_network_policy_allowlist_type import (
    ContainerNetworkPolicyAllowlistType,
)
from ..types import (
    UNSET,
    Unset,
    lenient,
    list_parser,
)

if TYPE_CHECKING:
    from ..models.container_network_policy_domain_secret import ContainerNetworkPolicyDomainSecret

T = TypeVar("T", bound="ContainerNetworkPolicyAllowlist")

# (attribute, JSON key) of every documented field.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("allowed_domains", "allowed_domains"),
    ("type", "type"),
    ("domain_secrets", "domain_secrets"),
)
# The JSON keys of the documented fields: the ones a parsed object was given are its fields set.
_KEYS: frozenset[str] = frozenset({"allowed_domains", "type", "domain_secrets"})


@functools.cache
def _parsers() -> tuple[Callable[[Any], Any], ...]:
    """The parsers of the fields that need one, made on the first parse rather than on every
    one (the models they name are imported here, late, since models refer to each other)."""
    from ..models.container_network_policy_domain_secret import ContainerNetworkPolicyDomainSecret  # noqa: PLC0415

    return (list_parser(ContainerNetworkPolicyDomainSecret.from_dict),)


@_attrs_define(init=False, repr=False)
class ContainerNetworkPolicyAllowlist(BaseModel):
    """The ContainerNetworkPolicyAllowlist object.

    Parsed leniently: a field the server left out reads None (and is not in
    ``model_fields_set``), a value that does not fit the documented type is kept as sent, and
    keys the document does not list are kept in ``additional_properties`` (also readable as
    ``obj["key"]`` and as attributes).
    """

    allowed_domains: list[str]
    """A list of allowed domains when type is `allowlist`."""
    type: ContainerNetworkPolicyAllowlistType
    """Allow outbound network access only to specified domains. Always `allowlist`."""
    domain_secrets: list[ContainerNetworkPolicyDomainSecret] | None
    """Optional domain-scoped secrets for allowlisted domains."""

    _fields = _FIELDS
    _required = frozenset({"type", "allowed_domains"})

    def __init__(
        self,
        *,
        allowed_domains: list[str],
        type: ContainerNetworkPolicyAllowlistType,
        domain_secrets: list[ContainerNetworkPolicyDomainSecret] | None | Unset = UNSET,
    ) -> None:
        """Optional fields left out read as None and are not written by ``to_dict()``."""
        _given_keys = {"type", "allowed_domains"}
        self.allowed_domains = allowed_domains
        self.type = type
        if isinstance(domain_secrets, Unset):
            self.domain_secrets = None
        else:
            self.domain_secrets = domain_secrets
            _given_keys.add("domain_secrets")
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
        obj.allowed_domains = pop("allowed_domains", None)
        obj.type = pop("type", None)
        obj.domain_secrets = lenient(pop("domain_secrets", None), parse_1)
        obj.additional_properties = d
        obj._request_id = None
        return obj

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` has this model's required keys and enum values (used to tell the
        members of a union apart)."""
        return data.get("type") in ("allowlist",) and "allowed_domains" in data
