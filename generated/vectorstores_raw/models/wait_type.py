# Generated from openapi.yaml by make generate; do not edit.
"""The ``WaitType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
WaitType = Literal["wait"]
"""Specifies the event type. For a wait action, this property is always set to `wait`."""

WAIT_TYPE_VALUES: frozenset[str] = frozenset(["wait"])


def check_wait_type(value: str) -> WaitType:
    """Return ``value`` typed as WaitType; an unlisted value passes through."""
    return cast(WaitType, value)
