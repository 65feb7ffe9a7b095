# Generated from openapi.yaml by make generate; do not edit.
"""``SearchActionWebSearchSourceType``."""

from vectorstores_raw.models import SearchActionWebSearchSourceType

__all__ = [
    "SearchActionWebSearchSourceType",
]
