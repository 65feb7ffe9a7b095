# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchSearchContextSize``."""

from vectorstores_raw.models import WebSearchSearchContextSize

__all__ = [
    "WebSearchSearchContextSize",
]
