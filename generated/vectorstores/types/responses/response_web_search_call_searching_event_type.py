# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseWebSearchCallSearchingEventType``."""

from vectorstores_raw.models import ResponseWebSearchCallSearchingEventType

__all__ = [
    "ResponseWebSearchCallSearchingEventType",
]
