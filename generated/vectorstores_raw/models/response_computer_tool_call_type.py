# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseComputerToolCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseComputerToolCallType = Literal["computer_call"]
"""The type of the computer call. Always `computer_call`."""

RESPONSE_COMPUTER_TOOL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["computer_call"])


def check_response_computer_tool_call_type(value: str) -> ResponseComputerToolCallType:
    """Return ``value`` typed as ResponseComputerToolCallType; an unlisted value passes through."""
    return cast(ResponseComputerToolCallType, value)
