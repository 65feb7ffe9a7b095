# Generated from openapi.yaml by make generate; do not edit.
"""``Moderation`` and the types its fields name."""

from vectorstores_raw.models import Moderation, ModerationResult

__all__ = [
    "Moderation",
    "ModerationResult",
]
