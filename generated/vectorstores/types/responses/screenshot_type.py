# Generated from openapi.yaml by make generate; do not edit.
"""``ScreenshotType``."""

from vectorstores_raw.models import ScreenshotType

__all__ = [
    "ScreenshotType",
]
