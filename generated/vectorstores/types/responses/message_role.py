# Generated from openapi.yaml by make generate; do not edit.
"""``MessageRole``."""

from vectorstores_raw.models import MessageRole

__all__ = [
    "MessageRole",
]
