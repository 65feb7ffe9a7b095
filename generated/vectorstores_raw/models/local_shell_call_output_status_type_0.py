# Generated from openapi.yaml by make generate; do not edit.
"""The ``LocalShellCallOutputStatusType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
LocalShellCallOutputStatusType0 = Literal["completed", "in_progress", "incomplete"]
"""The status of the item. One of `in_progress`, `completed`, or `incomplete`."""

LOCAL_SHELL_CALL_OUTPUT_STATUS_TYPE_0_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_local_shell_call_output_status_type_0(value: str) -> LocalShellCallOutputStatusType0:
    """Return ``value`` typed as LocalShellCallOutputStatusType0; an unlisted value passes through."""
    return cast(LocalShellCallOutputStatusType0, value)
