# Generated from openapi.yaml by make generate; do not edit.
"""The ``ContainerNetworkPolicyAllowlistParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ContainerNetworkPolicyAllowlistParamType = Literal["allowlist"]
"""Allow outbound network access only to specified domains. Always `allowlist`."""

CONTAINER_NETWORK_POLICY_ALLOWLIST_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["allowlist"])


def check_container_network_policy_allowlist_param_type(value: str) -> ContainerNetworkPolicyAllowlistParamType:
    """Return ``value`` typed as ContainerNetworkPolicyAllowlistParamType; an unlisted value passes through."""
    return cast(ContainerNetworkPolicyAllowlistParamType, value)
