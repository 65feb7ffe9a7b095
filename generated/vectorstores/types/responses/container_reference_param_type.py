# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerReferenceParamType``."""

from vectorstores_raw.models import ContainerReferenceParamType

__all__ = [
    "ContainerReferenceParamType",
]
