# Generated from openapi.yaml by make generate; do not edit.
"""The ``ImageGenerationToolOutputFormat`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ImageGenerationToolOutputFormat = Literal["jpeg", "png", "webp"]
"""The output format of the generated image. One of `png`, `webp`, or `jpeg`. Default: `png`."""

IMAGE_GENERATION_TOOL_OUTPUT_FORMAT_VALUES: frozenset[str] = frozenset(["jpeg", "png", "webp"])


def check_image_generation_tool_output_format(value: str) -> ImageGenerationToolOutputFormat:
    """Return ``value`` typed as ImageGenerationToolOutputFormat; an unlisted value passes through."""
    return cast(ImageGenerationToolOutputFormat, value)
