# Generated from openapi.yaml by make generate; do not edit.
"""The ``ProgrammaticToolCallingParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ProgrammaticToolCallingParamType = Literal["programmatic_tool_calling"]
"""The type of the tool. Always `programmatic_tool_calling`."""

PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["programmatic_tool_calling"])


def check_programmatic_tool_calling_param_type(value: str) -> ProgrammaticToolCallingParamType:
    """Return ``value`` typed as ProgrammaticToolCallingParamType; an unlisted value passes through."""
    return cast(ProgrammaticToolCallingParamType, value)
