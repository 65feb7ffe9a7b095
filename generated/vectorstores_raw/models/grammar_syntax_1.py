# Generated from openapi.yaml by make generate; do not edit.
"""The ``GrammarSyntax1`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
GrammarSyntax1 = Literal["lark", "regex"]

GRAMMAR_SYNTAX_1_VALUES: frozenset[str] = frozenset(["lark", "regex"])


def check_grammar_syntax_1(value: str) -> GrammarSyntax1:
    """Return ``value`` typed as GrammarSyntax1; an unlisted value passes through."""
    return cast(GrammarSyntax1, value)
