# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseTextDoneEventType``."""

from vectorstores_raw.models import ResponseTextDoneEventType

__all__ = [
    "ResponseTextDoneEventType",
]
