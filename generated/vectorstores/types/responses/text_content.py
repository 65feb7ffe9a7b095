# Generated from openapi.yaml by make generate; do not edit.
"""``TextContent`` and the types its fields name."""

from vectorstores_raw.models import TextContent, TextContentType

__all__ = [
    "TextContent",
    "TextContentType",
]
