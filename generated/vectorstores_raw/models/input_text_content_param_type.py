# Generated from openapi.yaml by make generate; do not edit.
"""The ``InputTextContentParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InputTextContentParamType = Literal["input_text"]
"""The type of the input item. Always `input_text`."""

INPUT_TEXT_CONTENT_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["input_text"])


def check_input_text_content_param_type(value: str) -> InputTextContentParamType:
    """Return ``value`` typed as InputTextContentParamType; an unlisted value passes through."""
    return cast(InputTextContentParamType, value)
