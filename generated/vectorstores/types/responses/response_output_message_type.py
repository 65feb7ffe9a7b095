# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputMessageType``."""

from vectorstores_raw.models import ResponseOutputMessageType

__all__ = [
    "ResponseOutputMessageType",
]
