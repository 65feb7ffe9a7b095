# Generated from openapi.yaml by make generate; do not edit.
"""The ``ClickType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ClickType = Literal["click"]
"""Specifies the event type. For a click action, this property is always `click`."""

CLICK_TYPE_VALUES: frozenset[str] = frozenset(["click"])


def check_click_type(value: str) -> ClickType:
    """Return ``value`` typed as ClickType; an unlisted value passes through."""
    return cast(ClickType, value)
