# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInputFileType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseInputFileType = Literal["input_file"]
"""The type of the input item. Always `input_file`."""

RESPONSE_INPUT_FILE_TYPE_VALUES: frozenset[str] = frozenset(["input_file"])


def check_response_input_file_type(value: str) -> ResponseInputFileType:
    """Return ``value`` typed as ResponseInputFileType; an unlisted value passes through."""
    return cast(ResponseInputFileType, value)
