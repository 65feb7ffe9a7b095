# Generated from openapi.yaml by make generate; do not edit.
"""``Reasoning``, also importable from here, where earlier releases had it."""

from vectorstores_raw.models import Reasoning

__all__ = ["Reasoning"]
