# Generated from openapi.yaml by make generate; do not edit.
"""The ``ReasoningEffortType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ReasoningEffortType0 = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]

REASONING_EFFORT_TYPE_0_VALUES: frozenset[str] = frozenset(["high", "low", "max", "medium", "minimal", "none", "xhigh"])


def check_reasoning_effort_type_0(value: str) -> ReasoningEffortType0:
    """Return ``value`` typed as ReasoningEffortType0; an unlisted value passes through."""
    return cast(ReasoningEffortType0, value)
