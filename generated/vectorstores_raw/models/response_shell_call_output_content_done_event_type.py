# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseShellCallOutputContentDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseShellCallOutputContentDoneEventType = Literal["response.shell_call_output_content.done"]
"""The type of the event, always `response.shell_call_output_content.done`."""

RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.shell_call_output_content.done"]
)


def check_response_shell_call_output_content_done_event_type(value: str) -> ResponseShellCallOutputContentDoneEventType:
    """Return ``value`` typed as ResponseShellCallOutputContentDoneEventType; an unlisted value passes through."""
    return cast(ResponseShellCallOutputContentDoneEventType, value)
