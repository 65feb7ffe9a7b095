# Generated from openapi.yaml by make generate; do not edit.
"""The ``ContainerMemoryLimit`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ContainerMemoryLimit = Literal["16g", "1g", "4g", "64g"]

CONTAINER_MEMORY_LIMIT_VALUES: frozenset[str] = frozenset(["16g", "1g", "4g", "64g"])


def check_container_memory_limit(value: str) -> ContainerMemoryLimit:
    """Return ``value`` typed as ContainerMemoryLimit; an unlisted value passes through."""
    return cast(ContainerMemoryLimit, value)
