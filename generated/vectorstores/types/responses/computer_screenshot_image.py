# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerScreenshotImage`` and the types its fields name."""

from vectorstores_raw.models import ComputerScreenshotImage, ComputerScreenshotImageType

__all__ = [
    "ComputerScreenshotImage",
    "ComputerScreenshotImageType",
]
