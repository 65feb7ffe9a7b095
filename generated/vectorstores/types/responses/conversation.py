# Generated from openapi.yaml by make generate; do not edit.
"""``Conversation``."""

from vectorstores_raw.models import Conversation

__all__ = [
    "Conversation",
]
