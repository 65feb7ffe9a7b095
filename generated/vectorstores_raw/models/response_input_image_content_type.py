# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInputImageContentType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseInputImageContentType = Literal["input_image"]
"""The type of the input item. Always `input_image`."""

RESPONSE_INPUT_IMAGE_CONTENT_TYPE_VALUES: frozenset[str] = frozenset(["input_image"])


def check_response_input_image_content_type(value: str) -> ResponseInputImageContentType:
    """Return ``value`` typed as ResponseInputImageContentType; an unlisted value passes through."""
    return cast(ResponseInputImageContentType, value)
