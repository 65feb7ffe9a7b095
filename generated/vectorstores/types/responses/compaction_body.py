# Generated from openapi.yaml by make generate; do not edit.
"""``CompactionBody`` and the types its fields name."""

from vectorstores_raw.models import CompactionBody, CompactionBodyType

__all__ = [
    "CompactionBody",
    "CompactionBodyType",
]
