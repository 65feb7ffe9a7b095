# Generated from openapi.yaml by make generate; do not edit.
"""``ComparisonFilter``, also importable from this module."""

from vectorstores_raw.models import ComparisonFilter

__all__ = ["ComparisonFilter"]
