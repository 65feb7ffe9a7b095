# Generated from openapi.yaml by make generate; do not edit.
"""``ReasoningModeEnumType1``."""

from vectorstores_raw.models import ReasoningModeEnumType1

__all__ = [
    "ReasoningModeEnumType1",
]
