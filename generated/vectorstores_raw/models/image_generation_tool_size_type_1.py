# Generated from openapi.yaml by make generate; do not edit.
"""The ``ImageGenerationToolSizeType1`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ImageGenerationToolSizeType1 = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

IMAGE_GENERATION_TOOL_SIZE_TYPE_1_VALUES: frozenset[str] = frozenset(["1024x1024", "1024x1536", "1536x1024", "auto"])


def check_image_generation_tool_size_type_1(value: str) -> ImageGenerationToolSizeType1:
    """Return ``value`` typed as ImageGenerationToolSizeType1; an unlisted value passes through."""
    return cast(ImageGenerationToolSizeType1, value)
