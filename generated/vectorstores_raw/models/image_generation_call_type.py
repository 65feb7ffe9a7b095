# Generated from openapi.yaml by make generate; do not edit.
"""The ``ImageGenerationCallType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ImageGenerationCallType = Literal["image_generation_call"]
"""The type of the image generation call. Always `image_generation_call`."""

IMAGE_GENERATION_CALL_TYPE_VALUES: frozenset[str] = frozenset(["image_generation_call"])


def check_image_generation_call_type(value: str) -> ImageGenerationCallType:
    """Return ``value`` typed as ImageGenerationCallType; an unlisted value passes through."""
    return cast(ImageGenerationCallType, value)
