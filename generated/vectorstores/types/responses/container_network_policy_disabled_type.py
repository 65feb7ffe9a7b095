# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerNetworkPolicyDisabledType``."""

from vectorstores_raw.models import ContainerNetworkPolicyDisabledType

__all__ = [
    "ContainerNetworkPolicyDisabledType",
]
