# Generated from openapi.yaml by make generate; do not edit.
"""``ReasoningEffortType0``."""

from vectorstores_raw.models import ReasoningEffortType0

__all__ = [
    "ReasoningEffortType0",
]
