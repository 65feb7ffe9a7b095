# Generated from openapi.yaml by make generate; do not edit.
"""The ``ItemReferenceTypeType0`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ItemReferenceTypeType0 = Literal["item_reference"]
"""The type of item to reference. Always `item_reference`."""

ITEM_REFERENCE_TYPE_TYPE_0_VALUES: frozenset[str] = frozenset(["item_reference"])


def check_item_reference_type_type_0(value: str) -> ItemReferenceTypeType0:
    """Return ``value`` typed as ItemReferenceTypeType0; an unlisted value passes through."""
    return cast(ItemReferenceTypeType0, value)
