# Generated from openapi.yaml by make generate; do not edit.
"""The ``JSONObjectType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
JSONObjectType = Literal["json_object"]
"""The type of response format being defined. Always `json_object`."""

JSON_OBJECT_TYPE_VALUES: frozenset[str] = frozenset(["json_object"])


def check_json_object_type(value: str) -> JSONObjectType:
    """Return ``value`` typed as JSONObjectType; an unlisted value passes through."""
    return cast(JSONObjectType, value)
