# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerNetworkPolicyDisabledParam`` and the types its fields name."""

from vectorstores_raw.models import ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyDisabledParamType

__all__ = [
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDisabledParamType",
]
