# Generated from openapi.yaml by make generate; do not edit.
"""``ModerationMode``."""

from vectorstores_raw.models import ModerationMode

__all__ = [
    "ModerationMode",
]
