# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComputerToolType = Literal["computer"]
"""The type of the computer tool. Always `computer`."""

COMPUTER_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["computer"])


def check_computer_tool_type(value: str) -> ComputerToolType:
    """Return ``value`` typed as ComputerToolType; an unlisted value passes through."""
    return cast(ComputerToolType, value)
