# Generated from openapi.yaml by make generate; do not edit.
"""The ``ContainerReferenceParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ContainerReferenceParamType = Literal["container_reference"]
"""References a container created with the /v1/containers endpoint"""

CONTAINER_REFERENCE_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["container_reference"])


def check_container_reference_param_type(value: str) -> ContainerReferenceParamType:
    """Return ``value`` typed as ContainerReferenceParamType; an unlisted value passes through."""
    return cast(ContainerReferenceParamType, value)
