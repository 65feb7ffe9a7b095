# Generated from openapi.yaml by make generate; do not edit.
"""``GrammarFormat`` and the types its fields name."""

from vectorstores_raw.models import GrammarFormat, GrammarFormatType, GrammarSyntax1

__all__ = [
    "GrammarFormat",
    "GrammarFormatType",
    "GrammarSyntax1",
]
