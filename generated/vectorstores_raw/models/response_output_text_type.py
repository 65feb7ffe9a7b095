# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseOutputTextType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseOutputTextType = Literal["output_text"]
"""The type of the output text. Always `output_text`."""

RESPONSE_OUTPUT_TEXT_TYPE_VALUES: frozenset[str] = frozenset(["output_text"])


def check_response_output_text_type(value: str) -> ResponseOutputTextType:
    """Return ``value`` typed as ResponseOutputTextType; an unlisted value passes through."""
    return cast(ResponseOutputTextType, value)
