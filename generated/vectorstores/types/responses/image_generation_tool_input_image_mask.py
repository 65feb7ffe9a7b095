# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenerationToolInputImageMask``."""

from vectorstores_raw.models import ImageGenerationToolInputImageMask

__all__ = [
    "ImageGenerationToolInputImageMask",
]
