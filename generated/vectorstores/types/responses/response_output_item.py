# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputItem``."""

from vectorstores_raw.models import ResponseOutputItem

__all__ = [
    "ResponseOutputItem",
]
