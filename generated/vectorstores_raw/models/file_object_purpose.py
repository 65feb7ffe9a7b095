# Generated from openapi.yaml by make generate; do not edit.
"""The ``FileObjectPurpose`` enumeration."""

from typing import Literal, cast

# Values the document lists. Parsing does not enforce them: a value the server adds later
# arrives as a plain string instead of failing the whole response.
FileObjectPurpose = Literal[
    "assistants", "assistants_output", "batch", "batch_output", "fine-tune", "fine-tune-results", "user_data", "vision"
]
"""The intended purpose of the file. Supported values are `assistants`, `assistants_output`, `batch`, `batch_output`,
`fine-tune`, `fine-tune-results`, `vision`, and `user_data`.
"""

FILE_OBJECT_PURPOSE_VALUES: frozenset[str] = frozenset(
    [
        "assistants",
        "assistants_output",
        "batch",
        "batch_output",
        "fine-tune",
        "fine-tune-results",
        "user_data",
        "vision",
    ]
)


def check_file_object_purpose(value: str) -> FileObjectPurpose:
    """Return ``value`` typed as FileObjectPurpose; an unlisted value passes through."""
    return cast(FileObjectPurpose, value)
