# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCodeInterpreterCallCodeDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCodeInterpreterCallCodeDoneEventType = Literal["response.code_interpreter_call_code.done"]
"""The type of the event. Always `response.code_interpreter_call_code.done`."""

RESPONSE_CODE_INTERPRETER_CALL_CODE_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.code_interpreter_call_code.done"]
)


def check_response_code_interpreter_call_code_done_event_type(
    value: str,
) -> ResponseCodeInterpreterCallCodeDoneEventType:
    """Return ``value`` typed as ResponseCodeInterpreterCallCodeDoneEventType; an unlisted value passes through."""
    return cast(ResponseCodeInterpreterCallCodeDoneEventType, value)
