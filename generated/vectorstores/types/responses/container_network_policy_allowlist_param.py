# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerNetworkPolicyAllowlistParam`` and the types its fields name."""

from vectorstores_raw.models import (
    ContainerNetworkPolicyAllowlistParam,
    ContainerNetworkPolicyAllowlistParamType,
    ContainerNetworkPolicyDomainSecretParam,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
DomainSecret = ContainerNetworkPolicyDomainSecretParam

__all__ = [
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyAllowlistParamType",
    "ContainerNetworkPolicyDomainSecretParam",
    "DomainSecret",
]
