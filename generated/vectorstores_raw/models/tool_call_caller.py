# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolCallCaller`` union: 2 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .direct_tool_call_caller import DirectToolCallCaller
    from .program_tool_call_caller import ProgramToolCallCaller

__all__ = ["ToolCallCaller", "parse_tool_call_caller"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
ToolCallCaller: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "DirectToolCallCaller",
    "ProgramToolCallCaller",
]
"""The execution context that produced this tool call."""


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .direct_tool_call_caller import DirectToolCallCaller  # noqa: PLC0415
    from .program_tool_call_caller import ProgramToolCallCaller  # noqa: PLC0415

    return discriminated_parser("type", {"direct": DirectToolCallCaller, "program": ProgramToolCallCaller})


def parse_tool_call_caller(data: Any) -> ToolCallCaller:
    """One ``ToolCallCaller`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
