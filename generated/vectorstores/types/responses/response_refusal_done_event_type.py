# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseRefusalDoneEventType``."""

from vectorstores_raw.models import ResponseRefusalDoneEventType

__all__ = [
    "ResponseRefusalDoneEventType",
]
