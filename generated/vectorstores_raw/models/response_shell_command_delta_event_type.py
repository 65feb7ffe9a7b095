# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseShellCommandDeltaEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseShellCommandDeltaEventType = Literal["response.shell_call_command.delta"]
"""The type of the event, always `response.shell_call_command.delta`."""

RESPONSE_SHELL_COMMAND_DELTA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["response.shell_call_command.delta"])


def check_response_shell_command_delta_event_type(value: str) -> ResponseShellCommandDeltaEventType:
    """Return ``value`` typed as ResponseShellCommandDeltaEventType; an unlisted value passes through."""
    return cast(ResponseShellCommandDeltaEventType, value)
