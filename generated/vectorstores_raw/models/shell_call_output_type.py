# Generated from openapi.yaml by make generate; do not edit.
"""The ``ShellCallOutputType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ShellCallOutputType = Literal["shell_call_output"]
"""The type of the shell call output. Always `shell_call_output`."""

SHELL_CALL_OUTPUT_TYPE_VALUES: frozenset[str] = frozenset(["shell_call_output"])


def check_shell_call_output_type(value: str) -> ShellCallOutputType:
    """Return ``value`` typed as ShellCallOutputType; an unlisted value passes through."""
    return cast(ShellCallOutputType, value)
