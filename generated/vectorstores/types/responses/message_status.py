# Generated from openapi.yaml by make generate; do not edit.
"""``MessageStatus``."""

from vectorstores_raw.models import MessageStatus

__all__ = [
    "MessageStatus",
]
