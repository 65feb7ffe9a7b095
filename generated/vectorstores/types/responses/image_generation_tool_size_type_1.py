# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenerationToolSizeType1``."""

from vectorstores_raw.models import ImageGenerationToolSizeType1

__all__ = [
    "ImageGenerationToolSizeType1",
]
