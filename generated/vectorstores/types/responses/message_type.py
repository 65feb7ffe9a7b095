# Generated from openapi.yaml by make generate; do not edit.
"""``MessageType``."""

from vectorstores_raw.models import MessageType

__all__ = [
    "MessageType",
]
