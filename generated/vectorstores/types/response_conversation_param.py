# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseConversationParam``."""

from vectorstores_raw.models import ResponseConversationParam

__all__ = [
    "ResponseConversationParam",
]
