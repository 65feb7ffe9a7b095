# Generated from openapi.yaml by make generate; do not edit.
"""The ``ContainerNetworkPolicyAllowlistType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ContainerNetworkPolicyAllowlistType = Literal["allowlist"]
"""Allow outbound network access only to specified domains. Always `allowlist`."""

CONTAINER_NETWORK_POLICY_ALLOWLIST_TYPE_VALUES: frozenset[str] = frozenset(["allowlist"])


def check_container_network_policy_allowlist_type(value: str) -> ContainerNetworkPolicyAllowlistType:
    """Return ``value`` typed as ContainerNetworkPolicyAllowlistType; an unlisted value passes through."""
    return cast(ContainerNetworkPolicyAllowlistType, value)
