# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFormatText`` and the types its fields name."""

from vectorstores_raw.models import ResponseFormatText, ResponseFormatTextType

__all__ = [
    "ResponseFormatText",
    "ResponseFormatTextType",
]
