# Generated from openapi.yaml by make generate; do not edit.
"""``TextContentType``."""

from vectorstores_raw.models import TextContentType

__all__ = [
    "TextContentType",
]
