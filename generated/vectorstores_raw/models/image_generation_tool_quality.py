# Generated from openapi.yaml by make generate; do not edit.
"""The ``ImageGenerationToolQuality`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ImageGenerationToolQuality = Literal["auto", "high", "low", "medium"]
"""The quality of the generated image. One of `low`, `medium`, `high`, or `auto`. Default: `auto`."""

IMAGE_GENERATION_TOOL_QUALITY_VALUES: frozenset[str] = frozenset(["auto", "high", "low", "medium"])


def check_image_generation_tool_quality(value: str) -> ImageGenerationToolQuality:
    """Return ``value`` typed as ImageGenerationToolQuality; an unlisted value passes through."""
    return cast(ImageGenerationToolQuality, value)
