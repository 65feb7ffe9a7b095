# Generated from openapi.yaml by make generate; do not edit.
"""The ``RunDeltaEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
RunDeltaEventType = Literal["run.delta"]

RUN_DELTA_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["run.delta"])


def check_run_delta_event_type(value: str) -> RunDeltaEventType:
    """Return ``value`` typed as RunDeltaEventType; an unlisted value passes through."""
    return cast(RunDeltaEventType, value)
