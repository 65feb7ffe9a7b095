# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenerationToolOutputFormat``."""

from vectorstores_raw.models import ImageGenerationToolOutputFormat

__all__ = [
    "ImageGenerationToolOutputFormat",
]
