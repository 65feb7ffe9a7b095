# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseStreamEvent``."""

from vectorstores_raw.models import ResponseStreamEvent

__all__ = [
    "ResponseStreamEvent",
]
