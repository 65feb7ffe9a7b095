# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchFiltersType0``."""

from vectorstores_raw.models import WebSearchFiltersType0

__all__ = [
    "WebSearchFiltersType0",
]
