# Generated from openapi.yaml by make generate; do not edit.
"""The ``NamespaceToolFunctionType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
NamespaceToolFunctionType = Literal["function"]

NAMESPACE_TOOL_FUNCTION_TYPE_VALUES: frozenset[str] = frozenset(["function"])


def check_namespace_tool_function_type(value: str) -> NamespaceToolFunctionType:
    """Return ``value`` typed as NamespaceToolFunctionType; an unlisted value passes through."""
    return cast(NamespaceToolFunctionType, value)
