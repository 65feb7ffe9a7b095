# Generated from openapi.yaml by make generate; do not edit.
"""``ModerationInputType``."""

from vectorstores_raw.models import ModerationInputType

__all__ = [
    "ModerationInputType",
]
