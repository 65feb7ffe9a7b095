# Generated from openapi.yaml by make generate; do not edit.
"""``TextFormat`` and the types its fields name."""

from vectorstores_raw.models import TextFormat, TextFormatType

__all__ = [
    "TextFormat",
    "TextFormatType",
]
