# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerAutoType``."""

from vectorstores_raw.models import ContainerAutoType

__all__ = [
    "ContainerAutoType",
]
