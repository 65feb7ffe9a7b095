# Generated from openapi.yaml by make generate; do not edit.
"""The ``OpenPageActionType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
OpenPageActionType = Literal["open_page"]
"""The action type."""

OPEN_PAGE_ACTION_TYPE_VALUES: frozenset[str] = frozenset(["open_page"])


def check_open_page_action_type(value: str) -> OpenPageActionType:
    """Return ``value`` typed as OpenPageActionType; an unlisted value passes through."""
    return cast(OpenPageActionType, value)
