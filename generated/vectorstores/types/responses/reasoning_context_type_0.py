# Generated from openapi.yaml by make generate; do not edit.
"""``ReasoningContextType0``."""

from vectorstores_raw.models import ReasoningContextType0

__all__ = [
    "ReasoningContextType0",
]
