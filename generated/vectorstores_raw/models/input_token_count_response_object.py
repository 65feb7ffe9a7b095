# Generated from openapi.yaml by make generate; do not edit.
"""The ``InputTokenCountResponseObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InputTokenCountResponseObject = Literal["response.input_tokens"]

INPUT_TOKEN_COUNT_RESPONSE_OBJECT_VALUES: frozenset[str] = frozenset(["response.input_tokens"])


def check_input_token_count_response_object(value: str) -> InputTokenCountResponseObject:
    """Return ``value`` typed as InputTokenCountResponseObject; an unlisted value passes through."""
    return cast(InputTokenCountResponseObject, value)
