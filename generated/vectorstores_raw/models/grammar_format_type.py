# Generated from openapi.yaml by make generate; do not edit.
"""The ``GrammarFormatType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
GrammarFormatType = Literal["grammar"]
"""Grammar format. Always `grammar`."""

GRAMMAR_FORMAT_TYPE_VALUES: frozenset[str] = frozenset(["grammar"])


def check_grammar_format_type(value: str) -> GrammarFormatType:
    """Return ``value`` typed as GrammarFormatType; an unlisted value passes through."""
    return cast(GrammarFormatType, value)
