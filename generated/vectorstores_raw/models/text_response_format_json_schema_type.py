# Generated from openapi.yaml by make generate; do not edit.
"""The ``TextResponseFormatJsonSchemaType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
TextResponseFormatJsonSchemaType = Literal["json_schema"]
"""The type of response format being defined. Always `json_schema`."""

TEXT_RESPONSE_FORMAT_JSON_SCHEMA_TYPE_VALUES: frozenset[str] = frozenset(["json_schema"])


def check_text_response_format_json_schema_type(value: str) -> TextResponseFormatJsonSchemaType:
    """Return ``value`` typed as TextResponseFormatJsonSchemaType; an unlisted value passes through."""
    return cast(TextResponseFormatJsonSchemaType, value)
