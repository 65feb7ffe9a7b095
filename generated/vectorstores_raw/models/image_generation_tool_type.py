# Generated from openapi.yaml by make generate; do not edit.
"""The ``ImageGenerationToolType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ImageGenerationToolType = Literal["image_generation"]
"""The type of the image generation tool. Always `image_generation`."""

IMAGE_GENERATION_TOOL_TYPE_VALUES: frozenset[str] = frozenset(["image_generation"])


def check_image_generation_tool_type(value: str) -> ImageGenerationToolType:
    """Return ``value`` typed as ImageGenerationToolType; an unlisted value passes through."""
    return cast(ImageGenerationToolType, value)
