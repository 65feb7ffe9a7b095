# Generated from openapi.yaml by make generate; do not edit.
"""The ``InputImageContentParamAutoParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InputImageContentParamAutoParamType = Literal["input_image"]
"""The type of the input item. Always `input_image`."""

INPUT_IMAGE_CONTENT_PARAM_AUTO_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["input_image"])


def check_input_image_content_param_auto_param_type(value: str) -> InputImageContentParamAutoParamType:
    """Return ``value`` typed as InputImageContentParamAutoParamType; an unlisted value passes through."""
    return cast(InputImageContentParamAutoParamType, value)
