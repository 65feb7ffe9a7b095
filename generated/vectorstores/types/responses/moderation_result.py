# Generated from openapi.yaml by make generate; do not edit.
"""``ModerationResult`` and the types its fields name."""

from vectorstores_raw.models import ModerationInputType, ModerationResult, ModerationResultType

__all__ = [
    "ModerationInputType",
    "ModerationResult",
    "ModerationResultType",
]
