# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseContainerReferenceType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseContainerReferenceType = Literal["container_reference"]
"""The environment type. Always `container_reference`."""

RESPONSE_CONTAINER_REFERENCE_TYPE_VALUES: frozenset[str] = frozenset(["container_reference"])


def check_response_container_reference_type(value: str) -> ResponseContainerReferenceType:
    """Return ``value`` typed as ResponseContainerReferenceType; an unlisted value passes through."""
    return cast(ResponseContainerReferenceType, value)
