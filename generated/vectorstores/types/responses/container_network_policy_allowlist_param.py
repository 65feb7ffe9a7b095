# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerNetworkPolicyAllowlistParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from typing_extensions import Required, TypedDict
from vectorstores._types import SequenceNotStr
from vectorstores.types.responses.container_network_policy_domain_secret_param import (
    ContainerNetworkPolicyDomainSecretParam,
)

__all__ = ["ContainerNetworkPolicyAllowlistParam"]


class ContainerNetworkPolicyAllowlistParam(TypedDict, total=False):
    allowed_domains: Required[SequenceNotStr[str]]
    """A list of allowed domains when type is `allowlist`."""
    type: Required[Literal["allowlist"]]
    """Allow outbound network access only to specified domains. Always `allowlist`."""
    domain_secrets: Iterable[ContainerNetworkPolicyDomainSecretParam]
    """Optional domain-scoped secrets for allowlisted domains."""
