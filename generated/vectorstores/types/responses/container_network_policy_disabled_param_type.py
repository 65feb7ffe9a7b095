# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerNetworkPolicyDisabledParamType``."""

from vectorstores_raw.models import ContainerNetworkPolicyDisabledParamType

__all__ = [
    "ContainerNetworkPolicyDisabledParamType",
]
