# Generated from openapi.yaml by make generate; do not edit.
"""``ModerationConfigParam`` and the types its fields name."""

from vectorstores_raw.models import ModerationConfigParam, ModerationMode

__all__ = [
    "ModerationConfigParam",
    "ModerationMode",
]
