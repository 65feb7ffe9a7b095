# Generated from openapi.yaml by make generate; do not edit.
"""The ``ShellCallStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ShellCallStatus = Literal["completed", "in_progress", "incomplete"]
"""Status values reported for shell tool calls."""

SHELL_CALL_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_shell_call_status(value: str) -> ShellCallStatus:
    """Return ``value`` typed as ShellCallStatus; an unlisted value passes through."""
    return cast(ShellCallStatus, value)
