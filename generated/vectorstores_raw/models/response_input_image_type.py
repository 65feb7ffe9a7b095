# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInputImageType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseInputImageType = Literal["input_image"]
"""The type of the input item. Always `input_image`."""

RESPONSE_INPUT_IMAGE_TYPE_VALUES: frozenset[str] = frozenset(["input_image"])


def check_response_input_image_type(value: str) -> ResponseInputImageType:
    """Return ``value`` typed as ResponseInputImageType; an unlisted value passes through."""
    return cast(ResponseInputImageType, value)
