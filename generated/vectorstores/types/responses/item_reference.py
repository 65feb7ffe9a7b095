# Generated from openapi.yaml by make generate; do not edit.
"""``ItemReference`` and the types its fields name."""

from vectorstores_raw.models import ItemReference, ItemReferenceTypeType0

__all__ = [
    "ItemReference",
    "ItemReferenceTypeType0",
]
