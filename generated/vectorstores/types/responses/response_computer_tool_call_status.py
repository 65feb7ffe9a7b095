# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseComputerToolCallStatus``."""

from vectorstores_raw.models import ResponseComputerToolCallStatus

__all__ = [
    "ResponseComputerToolCallStatus",
]
