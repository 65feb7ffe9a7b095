# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCodeInterpreterCallInterpretingEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCodeInterpreterCallInterpretingEventType = Literal["response.code_interpreter_call.interpreting"]
"""The type of the event. Always `response.code_interpreter_call.interpreting`."""

RESPONSE_CODE_INTERPRETER_CALL_INTERPRETING_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.code_interpreter_call.interpreting"]
)


def check_response_code_interpreter_call_interpreting_event_type(
    value: str,
) -> ResponseCodeInterpreterCallInterpretingEventType:
    """Return ``value`` typed as ResponseCodeInterpreterCallInterpretingEventType; an unlisted value passes through."""
    return cast(ResponseCodeInterpreterCallInterpretingEventType, value)
