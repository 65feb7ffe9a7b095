# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseComputerToolCallOutputScreenshotType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseComputerToolCallOutputScreenshotType = Literal["computer_screenshot"]
"""Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""

RESPONSE_COMPUTER_TOOL_CALL_OUTPUT_SCREENSHOT_TYPE_VALUES: frozenset[str] = frozenset(["computer_screenshot"])


def check_response_computer_tool_call_output_screenshot_type(
    value: str,
) -> ResponseComputerToolCallOutputScreenshotType:
    """Return ``value`` typed as ResponseComputerToolCallOutputScreenshotType; an unlisted value passes through."""
    return cast(ResponseComputerToolCallOutputScreenshotType, value)
