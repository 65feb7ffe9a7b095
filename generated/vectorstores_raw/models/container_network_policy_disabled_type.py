# Generated from openapi.yaml by make generate; do not edit.
"""The ``ContainerNetworkPolicyDisabledType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ContainerNetworkPolicyDisabledType = Literal["disabled"]
"""Disable outbound network access. Always `disabled`."""

CONTAINER_NETWORK_POLICY_DISABLED_TYPE_VALUES: frozenset[str] = frozenset(["disabled"])


def check_container_network_policy_disabled_type(value: str) -> ContainerNetworkPolicyDisabledType:
    """Return ``value`` typed as ContainerNetworkPolicyDisabledType; an unlisted value passes through."""
    return cast(ContainerNetworkPolicyDisabledType, value)
