# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenerationCallType``."""

from vectorstores_raw.models import ImageGenerationCallType

__all__ = [
    "ImageGenerationCallType",
]
