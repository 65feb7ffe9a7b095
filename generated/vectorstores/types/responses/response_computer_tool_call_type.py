# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseComputerToolCallType``."""

from vectorstores_raw.models import ResponseComputerToolCallType

__all__ = [
    "ResponseComputerToolCallType",
]
