# Generated from openapi.yaml by make generate; do not edit.
"""``Item``."""

from vectorstores_raw.models import Item

__all__ = [
    "Item",
]
