# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseFunctionCallArgumentsDoneEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseFunctionCallArgumentsDoneEventType = Literal["response.function_call_arguments.done"]

RESPONSE_FUNCTION_CALL_ARGUMENTS_DONE_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    ["response.function_call_arguments.done"]
)


def check_response_function_call_arguments_done_event_type(value: str) -> ResponseFunctionCallArgumentsDoneEventType:
    """Return ``value`` typed as ResponseFunctionCallArgumentsDoneEventType; an unlisted value passes through."""
    return cast(ResponseFunctionCallArgumentsDoneEventType, value)
