# Generated from openapi.yaml by make generate; do not edit.
"""``ContainerAutoParamType``."""

from vectorstores_raw.models import ContainerAutoParamType

__all__ = [
    "ContainerAutoParamType",
]
