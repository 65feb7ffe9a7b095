# Generated from openapi.yaml by make generate; do not edit.
"""``HybridSearchOptions``."""

from vectorstores_raw.models import HybridSearchOptions

__all__ = [
    "HybridSearchOptions",
]
