# Generated from openapi.yaml by make generate; do not edit.
"""The ``ImageGenerationCallStatus`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ImageGenerationCallStatus = Literal["completed", "failed", "generating", "in_progress"]
"""The status of the image generation call."""

IMAGE_GENERATION_CALL_STATUS_VALUES: frozenset[str] = frozenset(["completed", "failed", "generating", "in_progress"])


def check_image_generation_call_status(value: str) -> ImageGenerationCallStatus:
    """Return ``value`` typed as ImageGenerationCallStatus; an unlisted value passes through."""
    return cast(ImageGenerationCallStatus, value)
