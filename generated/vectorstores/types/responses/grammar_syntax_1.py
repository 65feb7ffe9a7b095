# Generated from openapi.yaml by make generate; do not edit.
"""``GrammarSyntax1``."""

from vectorstores_raw.models import GrammarSyntax1

__all__ = [
    "GrammarSyntax1",
]
