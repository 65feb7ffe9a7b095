# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseStreamOptionsType0``."""

from vectorstores_raw.models import ResponseStreamOptionsType0

__all__ = [
    "ResponseStreamOptionsType0",
]
