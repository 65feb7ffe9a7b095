# Generated from openapi.yaml by make generate; do not edit.
"""The ``CodeInterpreterOutputImageType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
CodeInterpreterOutputImageType = Literal["image"]
"""The type of the output. Always `image`."""

CODE_INTERPRETER_OUTPUT_IMAGE_TYPE_VALUES: frozenset[str] = frozenset(["image"])


def check_code_interpreter_output_image_type(value: str) -> CodeInterpreterOutputImageType:
    """Return ``value`` typed as CodeInterpreterOutputImageType; an unlisted value passes through."""
    return cast(CodeInterpreterOutputImageType, value)
