# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFormatTextJSONSchemaConfigType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFormatTextJSONSchemaConfigType = Literal["json_schema"]
"""The type of response format being defined. Always `json_schema`."""

RESPONSE_FORMAT_TEXT_JSON_SCHEMA_CONFIG_TYPE_VALUES: frozenset[str] = frozenset(["json_schema"])


def check_response_format_text_json_schema_config_type(value: str) -> ResponseFormatTextJSONSchemaConfigType:
    """Return ``value`` typed as ResponseFormatTextJSONSchemaConfigType; an unlisted value passes through."""
    return cast(ResponseFormatTextJSONSchemaConfigType, value)
