# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerNetworkPolicyAllowlist`` and the types its fields name."""

from vectorstores_raw.models import (
    ContainerNetworkPolicyAllowlist,
    ContainerNetworkPolicyAllowlistType,
    ContainerNetworkPolicyDomainSecret,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
DomainSecret = ContainerNetworkPolicyDomainSecret

__all__ = [
    "ContainerNetworkPolicyAllowlist",
    "ContainerNetworkPolicyAllowlistType",
    "ContainerNetworkPolicyDomainSecret",
    "DomainSecret",
]
