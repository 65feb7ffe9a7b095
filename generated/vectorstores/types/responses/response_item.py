# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseItem``."""

from vectorstores_raw.models import ResponseItem

__all__ = [
    "ResponseItem",
]
