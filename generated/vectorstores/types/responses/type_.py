# Generated from openapi.yaml by make generate; do not edit.
"""``Type`` and the types its fields name."""

from vectorstores_raw.models import Type, TypeType

__all__ = [
    "Type",
    "TypeType",
]
