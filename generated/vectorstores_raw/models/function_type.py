# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionType = Literal["function"]
"""The type of the function tool. Always `function`."""

FUNCTION_TYPE_VALUES: frozenset[str] = frozenset(["function"])


def check_function_type(value: str) -> FunctionType:
    """Return ``value`` typed as FunctionType; an unlisted value passes through."""
    return cast(FunctionType, value)
