# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputItemDoneEventType``."""

from vectorstores_raw.models import ResponseOutputItemDoneEventType

__all__ = [
    "ResponseOutputItemDoneEventType",
]
