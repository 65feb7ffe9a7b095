# Generated from openapi.yaml by make generate; do not edit.
"""The ``LocalShellCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
LocalShellCallType = Literal["local_shell_call"]
"""The type of the local shell call. Always `local_shell_call`."""

LOCAL_SHELL_CALL_TYPE_VALUES: frozenset[str] = frozenset(["local_shell_call"])


def check_local_shell_call_type(value: str) -> LocalShellCallType:
    """Return ``value`` typed as LocalShellCallType; an unlisted value passes through."""
    return cast(LocalShellCallType, value)
