# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerScreenshotType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComputerScreenshotType = Literal["computer_screenshot"]
"""Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""

COMPUTER_SCREENSHOT_TYPE_VALUES: frozenset[str] = frozenset(["computer_screenshot"])


def check_computer_screenshot_type(value: str) -> ComputerScreenshotType:
    """Return ``value`` typed as ComputerScreenshotType; an unlisted value passes through."""
    return cast(ComputerScreenshotType, value)
