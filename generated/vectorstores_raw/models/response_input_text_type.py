# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInputTextType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseInputTextType = Literal["input_text"]
"""The type of the input item. Always `input_text`."""

RESPONSE_INPUT_TEXT_TYPE_VALUES: frozenset[str] = frozenset(["input_text"])


def check_response_input_text_type(value: str) -> ResponseInputTextType:
    """Return ``value`` typed as ResponseInputTextType; an unlisted value passes through."""
    return cast(ResponseInputTextType, value)
