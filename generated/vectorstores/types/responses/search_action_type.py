# Generated from openapi.yaml by make generate; do not edit.
"""``SearchActionType``."""

from vectorstores_raw.models import SearchActionType

__all__ = [
    "SearchActionType",
]
