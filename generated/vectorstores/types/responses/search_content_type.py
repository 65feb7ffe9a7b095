# Generated from openapi.yaml by make generate; do not edit.
"""``SearchContentType``."""

from vectorstores_raw.models import SearchContentType

__all__ = [
    "SearchContentType",
]
