# Generated from openapi.yaml by make generate; do not edit.
"""The ``FindActionType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FindActionType = Literal["find_in_page"]
"""The action type."""

FIND_ACTION_TYPE_VALUES: frozenset[str] = frozenset(["find_in_page"])


def check_find_action_type(value: str) -> FindActionType:
    """Return ``value`` typed as FindActionType; an unlisted value passes through."""
    return cast(FindActionType, value)
