# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseToolSearchCallType``."""

from vectorstores_raw.models import ResponseToolSearchCallType

__all__ = [
    "ResponseToolSearchCallType",
]
