# Generated from openapi.yaml by make generate; do not edit.
"""``ModerationError`` and the types its fields name."""

from vectorstores_raw.models import ModerationError, ModerationErrorType

__all__ = [
    "ModerationError",
    "ModerationErrorType",
]
