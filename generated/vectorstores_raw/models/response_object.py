# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseObject = Literal["response"]
"""The object type of this resource - always set to `response`."""

RESPONSE_OBJECT_VALUES: frozenset[str] = frozenset(["response"])


def check_response_object(value: str) -> ResponseObject:
    """Return ``value`` typed as ResponseObject; an unlisted value passes through."""
    return cast(ResponseObject, value)
