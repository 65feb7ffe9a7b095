# Generated from openapi.yaml by make generate; do not edit.
"""The ``ComputerScreenshotImageType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ComputerScreenshotImageType = Literal["computer_screenshot"]
"""Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""

COMPUTER_SCREENSHOT_IMAGE_TYPE_VALUES: frozenset[str] = frozenset(["computer_screenshot"])


def check_computer_screenshot_image_type(value: str) -> ComputerScreenshotImageType:
    """Return ``value`` typed as ComputerScreenshotImageType; an unlisted value passes through."""
    return cast(ComputerScreenshotImageType, value)
