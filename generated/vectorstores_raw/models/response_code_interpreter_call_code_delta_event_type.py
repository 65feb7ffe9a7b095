# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCodeInterpreterCallCodeDeltaEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCodeInterpreterCallCodeDeltaEventType = Literal["response.code_interpreter_call_code.delta"]
"""The type of the event. Always `response.code_interpreter_call_code.delta`."""

RESPONSE_CODE_INTERPRETER_CALL_CODE_DELTA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.code_interpreter_call_code.delta"]
)


def check_response_code_interpreter_call_code_delta_event_type(
    value: str,
) -> ResponseCodeInterpreterCallCodeDeltaEventType:
    """Return ``value`` typed as ResponseCodeInterpreterCallCodeDeltaEventType; an unlisted value passes through."""
    return cast(ResponseCodeInterpreterCallCodeDeltaEventType, value)
