# Generated from openapi.yaml by make generate; do not edit.
"""``Screenshot`` and the types its fields name."""

from vectorstores_raw.models import Screenshot, ScreenshotType

__all__ = [
    "Screenshot",
    "ScreenshotType",
]
