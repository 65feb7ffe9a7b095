# Generated from openapi.yaml by make generate; do not edit.
"""``ComparisonFilter``: openai-python's name for ``ComparisonFilter``."""

from vectorstores_raw.models import ComparisonFilter

__all__ = ["ComparisonFilter"]
