# Generated from openapi.yaml by make generate; do not edit.
"""The ``ListVectorStoresOrder`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ListVectorStoresOrder = Literal["asc", "desc"]

LIST_VECTOR_STORES_ORDER_VALUES: frozenset[str] = frozenset(["asc", "desc"])


def check_list_vector_stores_order(value: str) -> ListVectorStoresOrder:
    """Return ``value`` typed as ListVectorStoresOrder; an unlisted value passes through."""
    return cast(ListVectorStoresOrder, value)
