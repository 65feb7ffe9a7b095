# Generated from openapi.yaml by make generate; do not edit.
"""``CompoundFilterType``."""

from vectorstores_raw.models import CompoundFilterType

__all__ = [
    "CompoundFilterType",
]
