# Generated from openapi.yaml by make generate; do not edit.
"""The ``ScreenshotType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ScreenshotType = Literal["screenshot"]
"""Specifies the event type. For a screenshot action, this property is always set to `screenshot`."""

SCREENSHOT_TYPE_VALUES: frozenset[str] = frozenset(["screenshot"])


def check_screenshot_type(value: str) -> ScreenshotType:
    """Return ``value`` typed as ScreenshotType; an unlisted value passes through."""
    return cast(ScreenshotType, value)
