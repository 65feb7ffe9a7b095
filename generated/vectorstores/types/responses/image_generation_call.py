# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenerationCall`` and the types its fields name."""

from vectorstores_raw.models import ImageGenerationCall, ImageGenerationCallStatus, ImageGenerationCallType

__all__ = [
    "ImageGenerationCall",
    "ImageGenerationCallStatus",
    "ImageGenerationCallType",
]
