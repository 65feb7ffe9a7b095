# Generated from openapi.yaml by make generate; do not edit.
"""``CompactionTrigger`` and the types its fields name."""

from vectorstores_raw.models import CompactionTrigger, CompactionTriggerType

__all__ = [
    "CompactionTrigger",
    "CompactionTriggerType",
]
