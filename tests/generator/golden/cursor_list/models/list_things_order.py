# Generated from openapi.yaml by make generate; do not edit.
"""The ``ListThingsOrder`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ListThingsOrder = Literal["asc", "desc"]

LIST_THINGS_ORDER_VALUES: frozenset[str] = frozenset(["asc", "desc"])


def check_list_things_order(value: str) -> ListThingsOrder:
    """Return ``value`` typed as ListThingsOrder; an unlisted value passes through."""
    return cast(ListThingsOrder, value)
