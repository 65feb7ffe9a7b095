# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerScreenshotImageType``."""

from vectorstores_raw.models import ComputerScreenshotImageType

__all__ = [
    "ComputerScreenshotImageType",
]
