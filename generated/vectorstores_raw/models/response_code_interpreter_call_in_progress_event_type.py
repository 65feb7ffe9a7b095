# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCodeInterpreterCallInProgressEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCodeInterpreterCallInProgressEventType = Literal["response.code_interpreter_call.in_progress"]
"""The type of the event. Always `response.code_interpreter_call.in_progress`."""

RESPONSE_CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.code_interpreter_call.in_progress"]
)


def check_response_code_interpreter_call_in_progress_event_type(
    value: str,
) -> ResponseCodeInterpreterCallInProgressEventType:
    """Return ``value`` typed as ResponseCodeInterpreterCallInProgressEventType; an unlisted value passes through."""
    return cast(ResponseCodeInterpreterCallInProgressEventType, value)
