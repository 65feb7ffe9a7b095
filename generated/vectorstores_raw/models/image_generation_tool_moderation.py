# Generated from openapi.yaml by make generate; do not edit.
"""The ``ImageGenerationToolModeration`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ImageGenerationToolModeration = Literal["auto", "low"]
"""Moderation level for the generated image. Default: `auto`."""

IMAGE_GENERATION_TOOL_MODERATION_VALUES: frozenset[str] = frozenset(["auto", "low"])


def check_image_generation_tool_moderation(value: str) -> ImageGenerationToolModeration:
    """Return ``value`` typed as ImageGenerationToolModeration; an unlisted value passes through."""
    return cast(ImageGenerationToolModeration, value)
