# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFileSearchCallSearchingEventType``."""

from vectorstores_raw.models import ResponseFileSearchCallSearchingEventType

__all__ = [
    "ResponseFileSearchCallSearchingEventType",
]
