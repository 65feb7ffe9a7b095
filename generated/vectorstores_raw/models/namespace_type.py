# Generated from openapi.yaml by make generate; do not edit.
"""The ``NamespaceType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
NamespaceType = Literal["namespace"]
"""The type of the tool. Always `namespace`."""

NAMESPACE_TYPE_VALUES: frozenset[str] = frozenset(["namespace"])


def check_namespace_type(value: str) -> NamespaceType:
    """Return ``value`` typed as NamespaceType; an unlisted value passes through."""
    return cast(NamespaceType, value)
