# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseItemListObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseItemListObject = Literal["list"]
"""The type of object returned, must be `list`."""

RESPONSE_ITEM_LIST_OBJECT_VALUES: frozenset[str] = frozenset(["list"])


def check_response_item_list_object(value: str) -> ResponseItemListObject:
    """Return ``value`` typed as ResponseItemListObject; an unlisted value passes through."""
    return cast(ResponseItemListObject, value)
