# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseFunctionShellCallOutputContentParam`` and the request types it nests: openai-python's name for a request object, as plain dicts."""

from __future__ import annotations

from typing import Literal, TypeAlias

from typing_extensions import Required, TypedDict

__all__ = [
    "ResponseFunctionShellCallOutputContentParam",
    "OutcomeFunctionShellCallOutputTimeoutOutcomeParam",
    "OutcomeFunctionShellCallOutputExitOutcomeParam",
    "Outcome",
]


class ResponseFunctionShellCallOutputContentParam(TypedDict, total=False):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    outcome: Required[Outcome]
    """The exit or timeout outcome associated with this shell call."""
    stderr: Required[str]
    """Captured stderr output for the shell call."""
    stdout: Required[str]
    """Captured stdout output for the shell call."""


class OutcomeFunctionShellCallOutputTimeoutOutcomeParam(TypedDict, total=False):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Required[Literal["timeout"]]
    """The outcome type. Always `timeout`."""


class OutcomeFunctionShellCallOutputExitOutcomeParam(TypedDict, total=False):
    """Indicates that the shell commands finished and returned an exit code."""

    exit_code: Required[int]
    """The exit code returned by the shell process."""
    type: Required[Literal["exit"]]
    """The outcome type. Always `exit`."""


Outcome: TypeAlias = OutcomeFunctionShellCallOutputTimeoutOutcomeParam | OutcomeFunctionShellCallOutputExitOutcomeParam
