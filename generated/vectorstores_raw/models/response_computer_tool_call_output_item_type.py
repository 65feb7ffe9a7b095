# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseComputerToolCallOutputItemType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseComputerToolCallOutputItemType = Literal["computer_call_output"]
"""The type of the computer tool call output. Always `computer_call_output`."""

RESPONSE_COMPUTER_TOOL_CALL_OUTPUT_ITEM_TYPE_VALUES: frozenset[str] = frozenset(["computer_call_output"])


def check_response_computer_tool_call_output_item_type(value: str) -> ResponseComputerToolCallOutputItemType:
    """Return ``value`` typed as ResponseComputerToolCallOutputItemType; an unlisted value passes through."""
    return cast(ResponseComputerToolCallOutputItemType, value)
