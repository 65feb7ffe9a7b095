# Generated from openapi.yaml by make generate; do not edit.
"""``ReasoningText`` and the types its fields name."""

from vectorstores_raw.models import ReasoningText, ReasoningTextType

__all__ = [
    "ReasoningText",
    "ReasoningTextType",
]
