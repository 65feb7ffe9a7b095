# Generated from openapi.yaml by make generate; do not edit.
"""The ``MoveType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
MoveType = Literal["move"]
"""Specifies the event type. For a move action, this property is always set to `move`."""

MOVE_TYPE_VALUES: frozenset[str] = frozenset(["move"])


def check_move_type(value: str) -> MoveType:
    """Return ``value`` typed as MoveType; an unlisted value passes through."""
    return cast(MoveType, value)
