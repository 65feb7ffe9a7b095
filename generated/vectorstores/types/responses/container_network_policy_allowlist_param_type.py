# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerNetworkPolicyAllowlistParamType``."""

from vectorstores_raw.models import ContainerNetworkPolicyAllowlistParamType

__all__ = [
    "ContainerNetworkPolicyAllowlistParamType",
]
