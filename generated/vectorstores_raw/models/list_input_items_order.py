# Generated from openapi.yaml by make generate; do not edit.
"""The ``ListInputItemsOrder`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ListInputItemsOrder = Literal["asc", "desc"]

LIST_INPUT_ITEMS_ORDER_VALUES: frozenset[str] = frozenset(["asc", "desc"])


def check_list_input_items_order(value: str) -> ListInputItemsOrder:
    """Return ``value`` typed as ListInputItemsOrder; an unlisted value passes through."""
    return cast(ListInputItemsOrder, value)
