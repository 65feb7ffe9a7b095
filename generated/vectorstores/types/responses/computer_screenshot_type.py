# Generated from openapi.yaml by make generate; do not edit.
"""``ComputerScreenshotType``."""

from vectorstores_raw.models import ComputerScreenshotType

__all__ = [
    "ComputerScreenshotType",
]
