# Generated from openapi.yaml by make generate; do not edit.
"""``CompoundFilter`` and the types its fields name."""

from vectorstores_raw.models import ComparisonFilter, CompoundFilter, CompoundFilterType

__all__ = [
    "ComparisonFilter",
    "CompoundFilter",
    "CompoundFilterType",
]
