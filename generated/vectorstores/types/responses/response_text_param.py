# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseTextParam`` and the types its fields name."""

from vectorstores_raw.models import ResponseTextParam, Text, VerbosityType0

__all__ = [
    "ResponseTextParam",
    "Text",
    "VerbosityType0",
]
