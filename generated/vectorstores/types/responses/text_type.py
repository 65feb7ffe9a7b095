# Generated from openapi.yaml by make generate; do not edit.
"""``TextType``."""

from vectorstores_raw.models import TextType

__all__ = [
    "TextType",
]
