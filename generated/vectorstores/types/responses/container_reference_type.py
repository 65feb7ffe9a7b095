# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerReferenceType``."""

from vectorstores_raw.models import ContainerReferenceType

__all__ = [
    "ContainerReferenceType",
]
