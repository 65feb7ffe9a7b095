# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerReferenceParam`` and the types its fields name."""

from vectorstores_raw.models import ContainerReferenceParam, ContainerReferenceParamType

__all__ = [
    "ContainerReferenceParam",
    "ContainerReferenceParamType",
]
