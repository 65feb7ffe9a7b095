# Generated from openapi.yaml by make generate; do not edit.
"""The ``ResponseInputFileContentType`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
ResponseInputFileContentType = Literal["input_file"]
"""The type of the input item. Always `input_file`."""

RESPONSE_INPUT_FILE_CONTENT_TYPE_VALUES: frozenset[str] = frozenset(["input_file"])


def check_response_input_file_content_type(value: str) -> ResponseInputFileContentType:
    """Return ``value`` typed as ResponseInputFileContentType; an unlisted value passes through."""
    return cast(ResponseInputFileContentType, value)
