# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseCompactionItemType``."""

from vectorstores_raw.models import ResponseCompactionItemType

__all__ = [
    "ResponseCompactionItemType",
]
