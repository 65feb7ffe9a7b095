# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseTextDeltaEventType``."""

from vectorstores_raw.models import ResponseTextDeltaEventType

__all__ = [
    "ResponseTextDeltaEventType",
]
