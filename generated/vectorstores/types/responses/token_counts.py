# Generated from openapi.yaml by make generate; do not edit.
"""``TokenCounts`` and the types its fields name."""

from vectorstores_raw.models import TokenCounts, TokenCountsObject

__all__ = [
    "TokenCounts",
    "TokenCountsObject",
]
