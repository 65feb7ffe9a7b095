# Generated from openapi.yaml by make generate; do not edit.
"""The ``ToolCallCallerParam`` union: 2 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .direct_tool_call_caller_param import DirectToolCallCallerParam
    from .program_tool_call_caller_param import ProgramToolCallCallerParam

__all__ = ["ToolCallCallerParam", "parse_tool_call_caller_param"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
ToolCallCallerParam: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "DirectToolCallCallerParam",
    "ProgramToolCallCallerParam",
]
"""The execution context that produced this tool call."""


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .direct_tool_call_caller_param import DirectToolCallCallerParam  # noqa: PLC0415
    from .program_tool_call_caller_param import ProgramToolCallCallerParam  # noqa: PLC0415

    return discriminated_parser("type", {"direct": DirectToolCallCallerParam, "program": ProgramToolCallCallerParam})


def parse_tool_call_caller_param(data: Any) -> ToolCallCallerParam:
    """One ``ToolCallCallerParam`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
