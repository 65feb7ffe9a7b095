# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFormatJSONObjectType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFormatJSONObjectType = Literal["json_object"]
"""The type of response format being defined. Always `json_object`."""

RESPONSE_FORMAT_JSON_OBJECT_TYPE_VALUES: frozenset[str] = frozenset(["json_object"])


def check_response_format_json_object_type(value: str) -> ResponseFormatJSONObjectType:
    """Return ``value`` typed as ResponseFormatJSONObjectType; an unlisted value passes through."""
    return cast(ResponseFormatJSONObjectType, value)
