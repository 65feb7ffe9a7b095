# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerNetworkPolicyDomainSecret``."""

from vectorstores_raw.models import ContainerNetworkPolicyDomainSecret

__all__ = [
    "ContainerNetworkPolicyDomainSecret",
]
