# Generated from openapi.yaml by make generate; do not edit.
"""``ImageGenerationTool`` and the types its fields name."""

from vectorstores_raw.models import (
    ImageGenActionEnum,
    ImageGenerationTool,
    ImageGenerationToolBackground,
    ImageGenerationToolInputImageMask,
    ImageGenerationToolModelType1,
    ImageGenerationToolModeration,
    ImageGenerationToolOutputFormat,
    ImageGenerationToolQuality,
    ImageGenerationToolSizeType1,
    ImageGenerationToolType,
    InputFidelity,
)

# openai-python's names: for the objects of fields, and its own spelling of a type's.
InputImageMask = ImageGenerationToolInputImageMask

__all__ = [
    "ImageGenActionEnum",
    "ImageGenerationTool",
    "ImageGenerationToolBackground",
    "ImageGenerationToolInputImageMask",
    "ImageGenerationToolModelType1",
    "ImageGenerationToolModeration",
    "ImageGenerationToolOutputFormat",
    "ImageGenerationToolQuality",
    "ImageGenerationToolSizeType1",
    "ImageGenerationToolType",
    "InputFidelity",
    "InputImageMask",
]
