# Generated from openapi.yaml by make generate; do not edit.
"""The ``InputFileContentParamType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
InputFileContentParamType = Literal["input_file"]
"""The type of the input item. Always `input_file`."""

INPUT_FILE_CONTENT_PARAM_TYPE_VALUES: frozenset[str] = frozenset(["input_file"])


def check_input_file_content_param_type(value: str) -> InputFileContentParamType:
    """Return ``value`` typed as InputFileContentParamType; an unlisted value passes through."""
    return cast(InputFileContentParamType, value)
