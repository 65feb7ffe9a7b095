# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInputTextContentType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseInputTextContentType = Literal["input_text"]
"""The type of the input item. Always `input_text`."""

RESPONSE_INPUT_TEXT_CONTENT_TYPE_VALUES: frozenset[str] = frozenset(["input_text"])


def check_response_input_text_content_type(value: str) -> ResponseInputTextContentType:
    """Return ``value`` typed as ResponseInputTextContentType; an unlisted value passes through."""
    return cast(ResponseInputTextContentType, value)
