# Generated from openapi.yaml by make generate; do not edit.
"""The ``ImageGenerationToolModelType1`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ImageGenerationToolModelType1 = Literal[
    "gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21"
]
"""The image generation model to use. One of `gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`, `gpt-image-2`,
`gpt-image-2-2026-04-21`, or `chatgpt-image-latest`. Default: `gpt-image-1`.
"""

IMAGE_GENERATION_TOOL_MODEL_TYPE_1_VALUES: frozenset[str] = frozenset(
    ["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21"]
)


def check_image_generation_tool_model_type_1(value: str) -> ImageGenerationToolModelType1:
    """Return ``value`` typed as ImageGenerationToolModelType1; an unlisted value passes through."""
    return cast(ImageGenerationToolModelType1, value)
