# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerToolParam``: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ComputerToolParam"]


class ComputerToolParam(TypedDict, total=False):
    """A tool that controls a virtual computer. Learn more about the [computer
    tool](https://platform.openai.com/docs/guides/tools-computer-use).
    """

    type: Required[Literal["computer"]]
    """The type of the computer tool. Always `computer`."""
