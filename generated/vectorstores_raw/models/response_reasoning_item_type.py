# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseReasoningItemType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseReasoningItemType = Literal["reasoning"]
"""The type of the object. Always `reasoning`."""

RESPONSE_REASONING_ITEM_TYPE_VALUES: frozenset[str] = frozenset(["reasoning"])


def check_response_reasoning_item_type(value: str) -> ResponseReasoningItemType:
    """Return ``value`` typed as ResponseReasoningItemType; an unlisted value passes through."""
    return cast(ResponseReasoningItemType, value)
