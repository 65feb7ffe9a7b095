# Generated from openapi.yaml by make generate; do not edit.
"""The ``ImageGenerationToolBackground`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ImageGenerationToolBackground = Literal["auto", "opaque", "transparent"]
"""Set the background of the generated image. One of `transparent`, `opaque`, or `auto`. Transparent backgrounds are
available for supported GPT Image models. For `gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview.
When using `transparent`, set the output format to `png` or `webp`. Default: `auto`.
"""

IMAGE_GENERATION_TOOL_BACKGROUND_VALUES: frozenset[str] = frozenset(["auto", "opaque", "transparent"])


def check_image_generation_tool_background(value: str) -> ImageGenerationToolBackground:
    """Return ``value`` typed as ImageGenerationToolBackground; an unlisted value passes through."""
    return cast(ImageGenerationToolBackground, value)
