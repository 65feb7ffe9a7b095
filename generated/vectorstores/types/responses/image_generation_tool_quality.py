# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenerationToolQuality``."""

from vectorstores_raw.models import ImageGenerationToolQuality

__all__ = [
    "ImageGenerationToolQuality",
]
