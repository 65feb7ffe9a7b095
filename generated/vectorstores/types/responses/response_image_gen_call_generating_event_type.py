# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseImageGenCallGeneratingEventType``."""

from vectorstores_raw.models import ResponseImageGenCallGeneratingEventType

__all__ = [
    "ResponseImageGenCallGeneratingEventType",
]
