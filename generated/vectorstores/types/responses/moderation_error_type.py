# Generated from openapi.yaml by make generate; do not edit.
"""``ModerationErrorType``."""

from vectorstores_raw.models import ModerationErrorType

__all__ = [
    "ModerationErrorType",
]
