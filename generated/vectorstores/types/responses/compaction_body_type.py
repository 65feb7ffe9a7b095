# Generated from openapi.yaml by make generate; do not edit.
"""``CompactionBodyType``."""

from vectorstores_raw.models import CompactionBodyType

__all__ = [
    "CompactionBodyType",
]
