# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseConversationParam``, also importable from this module."""

from vectorstores_raw.models import ResponseConversationParam

__all__ = ["ResponseConversationParam"]
