# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerReference`` and the types its fields name."""

from vectorstores_raw.models import ContainerReference, ContainerReferenceType

__all__ = [
    "ContainerReference",
    "ContainerReferenceType",
]
