# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseOutputRefusalType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseOutputRefusalType = Literal["refusal"]
"""The type of the refusal. Always `refusal`."""

RESPONSE_OUTPUT_REFUSAL_TYPE_VALUES: frozenset[str] = frozenset(["refusal"])


def check_response_output_refusal_type(value: str) -> ResponseOutputRefusalType:
    """Return ``value`` typed as ResponseOutputRefusalType; an unlisted value passes through."""
    return cast(ResponseOutputRefusalType, value)
