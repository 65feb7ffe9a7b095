# Generated from openapi.yaml by make generate; do not edit.
"""The ``ContainerReferenceType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ContainerReferenceType = Literal["container_reference"]
"""References a container created with the /v1/containers endpoint"""

CONTAINER_REFERENCE_TYPE_VALUES: frozenset[str] = frozenset(["container_reference"])


def check_container_reference_type(value: str) -> ContainerReferenceType:
    """Return ``value`` typed as ContainerReferenceType; an unlisted value passes through."""
    return cast(ContainerReferenceType, value)
