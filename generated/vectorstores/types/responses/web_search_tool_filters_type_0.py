# Generated from openapi.yaml by make generate; do not edit.
"""``WebSearchToolFiltersType0``."""

from vectorstores_raw.models import WebSearchToolFiltersType0

__all__ = [
    "WebSearchToolFiltersType0",
]
