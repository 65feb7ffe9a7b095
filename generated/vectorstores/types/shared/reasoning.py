# Generated from openapi.yaml by make generate; do not edit.
"""``Reasoning``, also importable from this module."""

from vectorstores_raw.models import Reasoning

__all__ = ["Reasoning"]
