# Generated from openapi.yaml by make generate; do not edit.
"""``SearchActionWebSearchSource`` and the types its fields name."""

from vectorstores_raw.models import SearchActionWebSearchSource, SearchActionWebSearchSourceType

__all__ = [
    "SearchActionWebSearchSource",
    "SearchActionWebSearchSourceType",
]
