# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenerationToolModelType1``."""

from vectorstores_raw.models import ImageGenerationToolModelType1

__all__ = [
    "ImageGenerationToolModelType1",
]
