# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFormatTextType``."""

from vectorstores_raw.models import ResponseFormatTextType

__all__ = [
    "ResponseFormatTextType",
]
