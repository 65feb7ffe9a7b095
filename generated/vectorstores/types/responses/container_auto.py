# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerAuto`` and the types its fields name."""

from vectorstores_raw.models import (
    ContainerAuto,
    ContainerAutoType,
    ContainerMemoryLimit,
    ContainerNetworkPolicyDisabled,
    SkillReference,
)

__all__ = [
    "ContainerAuto",
    "ContainerAutoType",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyDisabled",
    "SkillReference",
]
