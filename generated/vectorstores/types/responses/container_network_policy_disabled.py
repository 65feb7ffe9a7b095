# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerNetworkPolicyDisabled`` and the types its fields name."""

from vectorstores_raw.models import ContainerNetworkPolicyDisabled, ContainerNetworkPolicyDisabledType

__all__ = [
    "ContainerNetworkPolicyDisabled",
    "ContainerNetworkPolicyDisabledType",
]
