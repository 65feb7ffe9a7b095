# Generated from openapi.yaml by make generate; do not edit.
"""``CompactionTriggerType``."""

from vectorstores_raw.models import CompactionTriggerType

__all__ = [
    "CompactionTriggerType",
]
