# Generated from openapi.yaml by make generate; do not edit.
"""The ``ContainerAutoType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ContainerAutoType = Literal["container_auto"]
"""Automatically creates a container for this request"""

CONTAINER_AUTO_TYPE_VALUES: frozenset[str] = frozenset(["container_auto"])


def check_container_auto_type(value: str) -> ContainerAutoType:
    """Return ``value`` typed as ContainerAutoType; an unlisted value passes through."""
    return cast(ContainerAutoType, value)
