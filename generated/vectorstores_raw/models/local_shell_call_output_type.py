# Generated from openapi.yaml by make generate; do not edit.
"""The ``LocalShellCallOutputType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
LocalShellCallOutputType = Literal["local_shell_call_output"]
"""The type of the local shell tool call output. Always `local_shell_call_output`."""

LOCAL_SHELL_CALL_OUTPUT_TYPE_VALUES: frozenset[str] = frozenset(["local_shell_call_output"])


def check_local_shell_call_output_type(value: str) -> LocalShellCallOutputType:
    """Return ``value`` typed as LocalShellCallOutputType; an unlisted value passes through."""
    return cast(LocalShellCallOutputType, value)
