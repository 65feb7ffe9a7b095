# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseCompactionItemType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseCompactionItemType = Literal["compaction"]
"""The type of the item. Always `compaction`."""

RESPONSE_COMPACTION_ITEM_TYPE_VALUES: frozenset[str] = frozenset(["compaction"])


def check_response_compaction_item_type(value: str) -> ResponseCompactionItemType:
    """Return ``value`` typed as ResponseCompactionItemType; an unlisted value passes through."""
    return cast(ResponseCompactionItemType, value)
