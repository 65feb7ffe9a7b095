# Generated from openapi.yaml by make generate; do not edit.
"""The ``DragType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
DragType = Literal["drag"]
"""Specifies the event type. For a drag action, this property is always set to `drag`."""

DRAG_TYPE_VALUES: frozenset[str] = frozenset(["drag"])


def check_drag_type(value: str) -> DragType:
    """Return ``value`` typed as DragType; an unlisted value passes through."""
    return cast(DragType, value)
