# Generated from openapi.yaml by make generate; do not edit.
"""``ReasoningTextType``."""

from vectorstores_raw.models import ReasoningTextType

__all__ = [
    "ReasoningTextType",
]
