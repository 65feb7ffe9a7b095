# Generated from openapi.yaml by make generate; do not edit.
"""The ``FunctionCallItemStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FunctionCallItemStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_CALL_ITEM_STATUS_VALUES: frozenset[str] = frozenset(["completed", "in_progress", "incomplete"])


def check_function_call_item_status(value: str) -> FunctionCallItemStatus:
    """Return ``value`` typed as FunctionCallItemStatus; an unlisted value passes through."""
    return cast(FunctionCallItemStatus, value)
