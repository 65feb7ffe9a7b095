# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchToolSearchContextSize``."""

from vectorstores_raw.models import WebSearchToolSearchContextSize

__all__ = [
    "WebSearchToolSearchContextSize",
]
