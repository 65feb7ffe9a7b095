# Generated from openapi.yaml by make generate; do not edit.
"""The ``DoubleClickType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
DoubleClickType = Literal["double_click"]
"""Specifies the event type. For a double click action, this property is always set to `double_click`."""

DOUBLE_CLICK_TYPE_VALUES: frozenset[str] = frozenset(["double_click"])


def check_double_click_type(value: str) -> DoubleClickType:
    """Return ``value`` typed as DoubleClickType; an unlisted value passes through."""
    return cast(DoubleClickType, value)
