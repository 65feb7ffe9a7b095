# Generated from openapi.yaml by make generate; do not edit.
"""The ``ContainerFileCitationType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ContainerFileCitationType = Literal["container_file_citation"]
"""The type of the container file citation. Always `container_file_citation`."""

CONTAINER_FILE_CITATION_TYPE_VALUES: frozenset[str] = frozenset(["container_file_citation"])


def check_container_file_citation_type(value: str) -> ContainerFileCitationType:
    """Return ``value`` typed as ContainerFileCitationType; an unlisted value passes through."""
    return cast(ContainerFileCitationType, value)
