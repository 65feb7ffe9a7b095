# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFailedEventType``."""

from vectorstores_raw.models import ResponseFailedEventType

__all__ = [
    "ResponseFailedEventType",
]
