# Generated from openapi.yaml by make generate; do not edit.
"""``ResponseComputerToolCallOutputScreenshot`` and the types its fields name."""

from vectorstores_raw.models import (
    ResponseComputerToolCallOutputScreenshot,
    ResponseComputerToolCallOutputScreenshotType,
)

__all__ = [
    "ResponseComputerToolCallOutputScreenshot",
    "ResponseComputerToolCallOutputScreenshotType",
]
