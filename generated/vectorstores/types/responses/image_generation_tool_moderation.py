# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenerationToolModeration``."""

from vectorstores_raw.models import ImageGenerationToolModeration

__all__ = [
    "ImageGenerationToolModeration",
]
