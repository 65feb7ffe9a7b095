# Generated from openapi.yaml by make generate; do not edit.
"""The ``SpecificProgrammaticToolCallingParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
SpecificProgrammaticToolCallingParamType = Literal["programmatic_tool_calling"]
"""The tool to call. Always `programmatic_tool_calling`."""

SPECIFIC_PROGRAMMATIC_TOOL_CALLING_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["programmatic_tool_calling"])


def check_specific_programmatic_tool_calling_param_type(value: str) -> SpecificProgrammaticToolCallingParamType:
    """Return ``value`` typed as SpecificProgrammaticToolCallingParamType; an unlisted value passes through."""
    return cast(SpecificProgrammaticToolCallingParamType, value)
