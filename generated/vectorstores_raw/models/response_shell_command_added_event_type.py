# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseShellCommandAddedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseShellCommandAddedEventType = Literal["response.shell_call_command.added"]
"""The type of the event, always `response.shell_call_command.added`."""

RESPONSE_SHELL_COMMAND_ADDED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.shell_call_command.added"])


def check_response_shell_command_added_event_type(value: str) -> ResponseShellCommandAddedEventType:
    """Return ``value`` typed as ResponseShellCommandAddedEventType; an unlisted value passes through."""
    return cast(ResponseShellCommandAddedEventType, value)
