# Generated from openapi.yaml by make generate; do not edit.
"""``ModerationResultType``."""

from vectorstores_raw.models import ModerationResultType

__all__ = [
    "ModerationResultType",
]
