# Generated from openapi.yaml by make generate; do not edit.
"""``CodeInterpreterToolAuto`` and the types its fields name."""

from vectorstores_raw.models import (
    CodeInterpreterToolAuto,
    CodeInterpreterToolAutoType,
    ContainerMemoryLimit,
    ContainerNetworkPolicyDisabled,
)

__all__ = [
    "CodeInterpreterToolAuto",
    "CodeInterpreterToolAutoType",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyDisabled",
]
