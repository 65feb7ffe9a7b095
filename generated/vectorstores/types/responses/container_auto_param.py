# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerAutoParam`` and the types its fields name."""

from vectorstores_raw.models import (
    ContainerAutoParam,
    ContainerAutoParamType,
    ContainerMemoryLimit,
    ContainerNetworkPolicyDisabledParam,
    SkillReferenceParam,
)

__all__ = [
    "ContainerAutoParam",
    "ContainerAutoParamType",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyDisabledParam",
    "SkillReferenceParam",
]
