# Generated from openapi.yaml by make generate; do not edit.
"""The ``ProgramItemParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ProgramItemParamType = Literal["program"]
"""The item type. Always `program`."""

PROGRAM_ITEM_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["program"])


def check_program_item_param_type(value: str) -> ProgramItemParamType:
    """Return ``value`` typed as ProgramItemParamType; an unlisted value passes through."""
    return cast(ProgramItemParamType, value)
