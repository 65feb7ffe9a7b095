# Generated from openapi.yaml by make generate; do not edit.
"""``CompoundFilter``: openai-python's name for ``CompoundFilter``."""

from vectorstores_raw.models import CompoundFilter

__all__ = ["CompoundFilter"]
