# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchToolCallStatus``."""

from vectorstores_raw.models import WebSearchToolCallStatus

__all__ = [
    "WebSearchToolCallStatus",
]
