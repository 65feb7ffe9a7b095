# Generated from openapi.yaml by make generate; do not edit.
"""``GrammarFormatType``."""

from vectorstores_raw.models import GrammarFormatType

__all__ = [
    "GrammarFormatType",
]
