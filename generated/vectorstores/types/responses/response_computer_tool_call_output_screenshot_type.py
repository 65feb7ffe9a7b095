# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseComputerToolCallOutputScreenshotType``."""

from vectorstores_raw.models import ResponseComputerToolCallOutputScreenshotType

__all__ = [
    "ResponseComputerToolCallOutputScreenshotType",
]
