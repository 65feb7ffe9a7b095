# Generated from openapi.yaml by make generate; do not edit.
"""The ``TokenCountsObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
TokenCountsObject = Literal["response.input_tokens"]

TOKEN_COUNTS_OBJECT_VALUES: frozenset[str] = frozenset(["response.input_tokens"])


def check_token_counts_object(value: str) -> TokenCountsObject:
    """Return ``value`` typed as TokenCountsObject; an unlisted value passes through."""
    return cast(TokenCountsObject, value)
