# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseImageGenCallPartialImageEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseImageGenCallPartialImageEvent, ResponseImageGenCallPartialImageEventType

__all__ = [
    "ResponseImageGenCallPartialImageEvent",
    "ResponseImageGenCallPartialImageEventType",
]
