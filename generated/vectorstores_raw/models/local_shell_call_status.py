# Generated from openapi.yaml by make generate; do not edit.
"""The ``LocalShellCallStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
LocalShellCallStatus = Literal["completed", "in_progress", "incomplete"]
"""The status of the local shell call."""

LOCAL_SHELL_CALL_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_local_shell_call_status(value: str) -> LocalShellCallStatus:
    """Return ``value`` typed as LocalShellCallStatus; an unlisted value passes through."""
    return cast(LocalShellCallStatus, value)
