# Generated from openapi.yaml by make generate; do not edit.
"""The ``Item`` union: 4 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .input_message import InputMessage
    from .output_message import OutputMessage
    from .reference import Reference
    from .tool_call import ToolCall

__all__ = ["Item", "parse_item"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
Item: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "InputMessage",
    "OutputMessage",
    "ToolCall",
    "Reference",
]


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .input_message import InputMessage  # noqa: PLC0415
    from .output_message import OutputMessage  # noqa: PLC0415
    from .reference import Reference  # noqa: PLC0415
    from .tool_call import ToolCall  # noqa: PLC0415

    return discriminated_parser(
        "type", {"message": (InputMessage, OutputMessage), "tool_call": ToolCall, "reference": Reference}
    )


def parse_item(data: Any) -> Item:
    """One ``Item`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
