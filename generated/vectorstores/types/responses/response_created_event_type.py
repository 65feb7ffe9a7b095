# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCreatedEventType``."""

from vectorstores_raw.models import ResponseCreatedEventType

__all__ = [
    "ResponseCreatedEventType",
]
