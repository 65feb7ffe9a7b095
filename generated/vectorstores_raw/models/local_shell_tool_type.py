# Generated from openapi.yaml by make generate; do not edit.
"""The ``LocalShellToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
LocalShellToolType = Literal["local_shell"]
"""The type of the local shell tool. Always `local_shell`."""

LOCAL_SHELL_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["local_shell"])


def check_local_shell_tool_type(value: str) -> LocalShellToolType:
    """Return ``value`` typed as LocalShellToolType; an unlisted value passes through."""
    return cast(LocalShellToolType, value)
