# Generated from openapi.yaml by make generate; do not edit.
"""``SearchContextSize``."""

from vectorstores_raw.models import SearchContextSize

__all__ = [
    "SearchContextSize",
]
