# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenerationToolBackground``."""

from vectorstores_raw.models import ImageGenerationToolBackground

__all__ = [
    "ImageGenerationToolBackground",
]
