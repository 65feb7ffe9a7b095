# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseComputerToolCallOutputItemType``."""

from vectorstores_raw.models import ResponseComputerToolCallOutputItemType

__all__ = [
    "ResponseComputerToolCallOutputItemType",
]
