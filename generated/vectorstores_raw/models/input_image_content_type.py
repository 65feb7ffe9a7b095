# Generated from openapi.yaml by make generate; do not edit.
"""The ``InputImageContentType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InputImageContentType = Literal["input_image"]
"""The type of the input item. Always `input_image`."""

INPUT_IMAGE_CONTENT_TYPE_VALUES: frozenset[str] = frozenset(["input_image"])


def check_input_image_content_type(value: str) -> InputImageContentType:
    """Return ``value`` typed as InputImageContentType; an unlisted value passes through."""
    return cast(InputImageContentType, value)
