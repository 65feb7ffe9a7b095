# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerToolCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComputerToolCallType = Literal["computer_call"]
"""The type of the computer call. Always `computer_call`."""

COMPUTER_TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["computer_call"])


def check_computer_tool_call_type(value: str) -> ComputerToolCallType:
    """Return ``value`` typed as ComputerToolCallType; an unlisted value passes through."""
    return cast(ComputerToolCallType, value)
