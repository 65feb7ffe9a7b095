# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCodeInterpreterCallCompletedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCodeInterpreterCallCompletedEventType = Literal["response.code_interpreter_call.completed"]
"""The type of the event. Always `response.code_interpreter_call.completed`."""

RESPONSE_CODE_INTERPRETER_CALL_COMPLETED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.code_interpreter_call.completed"]
)


def check_response_code_interpreter_call_completed_event_type(
    value: str,
) -> ResponseCodeInterpreterCallCompletedEventType:
    """Return ``value`` typed as ResponseCodeInterpreterCallCompletedEventType; an unlisted value passes through."""
    return cast(ResponseCodeInterpreterCallCompletedEventType, value)
