# Generated from openapi.yaml by make generate; do not edit.
"""The ``ContainerAutoParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ContainerAutoParamType = Literal["container_auto"]
"""Automatically creates a container for this request"""

CONTAINER_AUTO_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["container_auto"])


def check_container_auto_param_type(value: str) -> ContainerAutoParamType:
    """Return ``value`` typed as ContainerAutoParamType; an unlisted value passes through."""
    return cast(ContainerAutoParamType, value)
