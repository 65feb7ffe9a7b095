# Generated from openapi.yaml by make generate; do not edit.
"""``TextFormatType``."""

from vectorstores_raw.models import TextFormatType

__all__ = [
    "TextFormatType",
]
