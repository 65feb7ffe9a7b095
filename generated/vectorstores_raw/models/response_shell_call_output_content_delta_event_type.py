# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseShellCallOutputContentDeltaEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseShellCallOutputContentDeltaEventType = Literal["response.shell_call_output_content.delta"]
"""The type of the event, always `response.shell_call_output_content.delta`."""

RESPONSE_SHELL_CALL_OUTPUT_CONTENT_DELTA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.shell_call_output_content.delta"]
)


def check_response_shell_call_output_content_delta_event_type(
    value: str,
) -> ResponseShellCallOutputContentDeltaEventType:
    """Return ``value`` typed as ResponseShellCallOutputContentDeltaEventType; an unlisted value passes through."""
    return cast(ResponseShellCallOutputContentDeltaEventType, value)
