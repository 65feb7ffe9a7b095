# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseOutputRefusalType``."""

from vectorstores_raw.models import ResponseOutputRefusalType

__all__ = [
    "ResponseOutputRefusalType",
]
