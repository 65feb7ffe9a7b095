# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseComputerToolCallOutputScreenshotParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ResponseComputerToolCallOutputScreenshotParam"]


class ResponseComputerToolCallOutputScreenshotParam(TypedDict, total=False):
    """A computer screenshot image used with the computer use tool."""

    type: Required[Literal["computer_screenshot"]]
    """Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""
    file_id: str
    """The identifier of an uploaded file that contains the screenshot."""
    image_url: str
    """The URL of the screenshot image."""
