# Generated from openapi.yaml by make generate; do not edit.
"""``ItemResource``."""

from vectorstores_raw.models import ItemResource

__all__ = [
    "ItemResource",
]
