# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerToolCallOutputType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComputerToolCallOutputType = Literal["computer_call_output"]
"""The type of the computer tool call output. Always `computer_call_output`."""

COMPUTER_TOOL_CALL_OUTPUT_TYPE_VALUES: frozenset[str] = frozenset(["computer_call_output"])


def check_computer_tool_call_output_type(value: str) -> ComputerToolCallOutputType:
    """Return ``value`` typed as ComputerToolCallOutputType; an unlisted value passes through."""
    return cast(ComputerToolCallOutputType, value)
