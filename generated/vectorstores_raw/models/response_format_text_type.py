# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFormatTextType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFormatTextType = Literal["text"]
"""The type of response format being defined. Always `text`."""

RESPONSE_FORMAT_TEXT_TYPE_VALUES: frozenset[str] = frozenset(["text"])


def check_response_format_text_type(value: str) -> ResponseFormatTextType:
    """Return ``value`` typed as ResponseFormatTextType; an unlisted value passes through."""
    return cast(ResponseFormatTextType, value)
