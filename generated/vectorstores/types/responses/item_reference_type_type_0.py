# Generated from openapi.yaml by make generate; do not edit.
"""``ItemReferenceTypeType0``."""

from vectorstores_raw.models import ItemReferenceTypeType0

__all__ = [
    "ItemReferenceTypeType0",
]
