# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenerationToolType``."""

from vectorstores_raw.models import ImageGenerationToolType

__all__ = [
    "ImageGenerationToolType",
]
