# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseImageGenCallGeneratingEvent`` and the types its fields name."""

from vectorstores_raw.models import ResponseImageGenCallGeneratingEvent, ResponseImageGenCallGeneratingEventType

__all__ = [
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallGeneratingEventType",
]
