# Generated from openapi.yaml by make generate; do not edit.
"""``CompactedResponseObject``."""

from vectorstores_raw.models import CompactedResponseObject

__all__ = [
    "CompactedResponseObject",
]
