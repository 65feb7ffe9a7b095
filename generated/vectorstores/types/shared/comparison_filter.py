# Generated from openapi.yaml by make generate; do not edit.
"""``ComparisonFilter``, also importable from here (generator/resources.yaml says why)."""

from vectorstores_raw.models import ComparisonFilter

__all__ = ["ComparisonFilter"]
