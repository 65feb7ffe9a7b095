# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenerationCallStatus``."""

from vectorstores_raw.models import ImageGenerationCallStatus

__all__ = [
    "ImageGenerationCallStatus",
]
