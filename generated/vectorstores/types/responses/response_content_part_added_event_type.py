# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseContentPartAddedEventType``."""

from vectorstores_raw.models import ResponseContentPartAddedEventType

__all__ = [
    "ResponseContentPartAddedEventType",
]
