# Generated from openapi.yaml by make generate; do not edit.
"""The ``ShellCallOutcome`` union: 2 kinds of object, told apart as they are parsed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from ..types import discriminated_parser

if TYPE_CHECKING:
    from .function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam
    from .function_shell_call_output_timeout_outcome_param import FunctionShellCallOutputTimeoutOutcomeParam

__all__ = ["ShellCallOutcome", "parse_shell_call_outcome"]

# An object of a kind added after generation parses as an UnknownObject (base_model) instead.
ShellCallOutcome: TypeAlias = Union[  # noqa: UP007 - the members are imported for type checkers only
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "FunctionShellCallOutputExitOutcomeParam",
]
"""The exit or timeout outcome associated with this shell call."""


@functools.cache
def _parser() -> Callable[[Any], Any]:
    """Made on the first parse: the member modules are imported then, not with this one."""
    from .function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam  # noqa: PLC0415
    from .function_shell_call_output_timeout_outcome_param import FunctionShellCallOutputTimeoutOutcomeParam  # noqa: PLC0415

    return discriminated_parser(
        "type", {"timeout": FunctionShellCallOutputTimeoutOutcomeParam, "exit": FunctionShellCallOutputExitOutcomeParam}
    )


def parse_shell_call_outcome(data: Any) -> ShellCallOutcome:
    """One ``ShellCallOutcome`` from its JSON object: the member its tag names."""
    return _parser()(data)  # type: ignore[no-any-return]
