# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseToolSearchOutputItemType``."""

from vectorstores_raw.models import ResponseToolSearchOutputItemType

__all__ = [
    "ResponseToolSearchOutputItemType",
]
