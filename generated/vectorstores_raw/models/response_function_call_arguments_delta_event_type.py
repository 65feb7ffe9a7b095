# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionCallArgumentsDeltaEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFunctionCallArgumentsDeltaEventType = Literal["response.function_call_arguments.delta"]
"""The type of the event. Always `response.function_call_arguments.delta`."""

RESPONSE_FUNCTION_CALL_ARGUMENTS_DELTA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.function_call_arguments.delta"]
)


def check_response_function_call_arguments_delta_event_type(value: str) -> ResponseFunctionCallArgumentsDeltaEventType:
    """Return ``value`` typed as ResponseFunctionCallArgumentsDeltaEventType; an unlisted value passes through."""
    return cast(ResponseFunctionCallArgumentsDeltaEventType, value)
