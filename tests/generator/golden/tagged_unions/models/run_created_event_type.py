# Generated from openapi.yaml by make generate; do not edit.
"""The ``RunCreatedEventType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
RunCreatedEventType = Literal["run.created"]

RUN_CREATED_EVENT_TYPE_VALUES: frozenset[str] = frozenset(["run.created"])


def check_run_created_event_type(value: str) -> RunCreatedEventType:
    """Return ``value`` typed as RunCreatedEventType; an unlisted value passes through."""
    return cast(RunCreatedEventType, value)
