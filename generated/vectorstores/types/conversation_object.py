# Generated from openapi.yaml by make generate; do not edit.
"""``ConversationObject``."""

from vectorstores_raw.models import ConversationObject

__all__ = [
    "ConversationObject",
]
