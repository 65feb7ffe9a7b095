# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseShellCommandDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseShellCommandDoneEventType = Literal["response.shell_call_command.done"]
"""The type of the event, always `response.shell_call_command.done`."""

RESPONSE_SHELL_COMMAND_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.shell_call_command.done"])


def check_response_shell_command_done_event_type(value: str) -> ResponseShellCommandDoneEventType:
    """Return ``value`` typed as ResponseShellCommandDoneEventType; an unlisted value passes through."""
    return cast(ResponseShellCommandDoneEventType, value)
