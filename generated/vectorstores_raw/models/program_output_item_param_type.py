# Generated from openapi.yaml by make generate; do not edit.
"""The ``ProgramOutputItemParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ProgramOutputItemParamType = Literal["program_output"]
"""The item type. Always `program_output`."""

PROGRAM_OUTPUT_ITEM_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["program_output"])


def check_program_output_item_param_type(value: str) -> ProgramOutputItemParamType:
    """Return ``value`` typed as ProgramOutputItemParamType; an unlisted value passes through."""
    return cast(ProgramOutputItemParamType, value)
