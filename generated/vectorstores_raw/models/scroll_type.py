# Generated from openapi.yaml by make generate; do not edit.
"""The ``ScrollType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ScrollType = Literal["scroll"]
"""Specifies the event type. For a scroll action, this property is always set to `scroll`."""

SCROLL_TYPE_VALUES: frozenset[str] = frozenset(["scroll"])


def check_scroll_type(value: str) -> ScrollType:
    """Return ``value`` typed as ScrollType; an unlisted value passes through."""
    return cast(ScrollType, value)
