# Generated from openapi.yaml by make generate; do not edit.
"""``ItemField``."""

from vectorstores_raw.models import ItemField

__all__ = [
    "ItemField",
]
