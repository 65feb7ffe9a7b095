# Generated from openapi.yaml by make generate; do not edit.
"""``TokenCountsObject``."""

from vectorstores_raw.models import TokenCountsObject

__all__ = [
    "TokenCountsObject",
]
