# Generated from openapi.yaml by make generate; do not edit.
"""``CompoundFilter``, also importable from this module."""

from typing import TypeAlias

from vectorstores_raw.models import ComparisonFilter, CompoundFilter

Filter: TypeAlias = ComparisonFilter | CompoundFilter

__all__ = ["CompoundFilter", "Filter"]
