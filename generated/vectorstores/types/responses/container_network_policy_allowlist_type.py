# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerNetworkPolicyAllowlistType``."""

from vectorstores_raw.models import ContainerNetworkPolicyAllowlistType

__all__ = [
    "ContainerNetworkPolicyAllowlistType",
]
