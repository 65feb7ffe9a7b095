# Generated from openapi.yaml by make generate; do not edit.
"""``ComparisonFilterType``."""

from vectorstores_raw.models import ComparisonFilterType

__all__ = [
    "ComparisonFilterType",
]
