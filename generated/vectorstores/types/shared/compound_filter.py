# Generated from openapi.yaml by make generate; do not edit.
"""``CompoundFilter``, also importable from here, where earlier releases had it."""

from vectorstores_raw.models import CompoundFilter

__all__ = ["CompoundFilter"]
