# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchType``."""

from vectorstores_raw.models import WebSearchType

__all__ = [
    "WebSearchType",
]
