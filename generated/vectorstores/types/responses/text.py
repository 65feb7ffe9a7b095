# Generated from openapi.yaml by make generate; do not edit.
"""``Text`` and the types its fields name."""

from vectorstores_raw.models import Text, TextType

__all__ = [
    "Text",
    "TextType",
]
