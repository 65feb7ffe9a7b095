# Generated from openapi.yaml by make generate; do not edit.
"""The ``LocalShellExecActionType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
LocalShellExecActionType = Literal["exec"]
"""The type of the local shell action. Always `exec`."""

LOCAL_SHELL_EXEC_ACTION_TYPE_VALUES: frozenset[str] = frozenset(["exec"])


def check_local_shell_exec_action_type(value: str) -> LocalShellExecActionType:
    """Return ``value`` typed as LocalShellExecActionType; an unlisted value passes through."""
    return cast(LocalShellExecActionType, value)
