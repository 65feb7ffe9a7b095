# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseContainerReferenceType``."""

from vectorstores_raw.models import ResponseContainerReferenceType

__all__ = [
    "ResponseContainerReferenceType",
]
