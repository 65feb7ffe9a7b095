# Generated from openapi.yaml by make generate; do not edit.
"""The ``NamespaceToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
NamespaceToolType = Literal["namespace"]
"""The type of the tool. Always `namespace`."""

NAMESPACE_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["namespace"])


def check_namespace_tool_type(value: str) -> NamespaceToolType:
    """Return ``value`` typed as NamespaceToolType; an unlisted value passes through."""
    return cast(NamespaceToolType, value)
