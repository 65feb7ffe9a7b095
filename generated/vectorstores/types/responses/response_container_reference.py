# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseContainerReference`` and the types its fields name."""

from vectorstores_raw.models import ResponseContainerReference, ResponseContainerReferenceType

__all__ = [
    "ResponseContainerReference",
    "ResponseContainerReferenceType",
]
