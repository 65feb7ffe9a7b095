# Generated from openapi.yaml by make generate; do not edit.
"""``ComparisonFilter`` and the types its fields name."""

from vectorstores_raw.models import ComparisonFilter, ComparisonFilterType

__all__ = [
    "ComparisonFilter",
    "ComparisonFilterType",
]
