# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseContentPartDoneEventType``."""

from vectorstores_raw.models import ResponseContentPartDoneEventType

__all__ = [
    "ResponseContentPartDoneEventType",
]
