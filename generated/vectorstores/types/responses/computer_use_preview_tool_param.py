# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerUsePreviewToolParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ComputerUsePreviewToolParam"]


class ComputerUsePreviewToolParam(TypedDict, total=False):
    """A tool that controls a virtual computer. Learn more about the [computer
    tool](https://platform.openai.com/docs/guides/tools-computer-use).
    """

    display_height: Required[int]
    """The height of the computer display."""
    display_width: Required[int]
    """The width of the computer display."""
    environment: Required[Literal["browser", "linux", "mac", "ubuntu", "windows"]]
    """The type of computer environment to control."""
    type: Required[Literal["computer_use_preview"]]
    """The type of the computer use tool. Always `computer_use_preview`."""
