# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseImageGenCallPartialImageEventType``."""

from vectorstores_raw.models import ResponseImageGenCallPartialImageEventType

__all__ = [
    "ResponseImageGenCallPartialImageEventType",
]
