# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerMemoryLimit``."""

from vectorstores_raw.models import ContainerMemoryLimit

__all__ = [
    "ContainerMemoryLimit",
]
