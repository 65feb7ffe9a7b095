# Generated from openapi.yaml by make generate; do not edit.
"""The ``ItemListObject`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ItemListObject = Literal["list"]

ITEM_LIST_OBJECT_VALUES: frozenset[str] = frozenset(["list"])


def check_item_list_object(value: str) -> ItemListObject:
    """Return ``value`` typed as ItemListObject; an unlisted value passes through."""
    return cast(ItemListObject, value)
